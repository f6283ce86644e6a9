package org.botserver.adapter.out.storage.http;

import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import org.botserver.application.http.HttpFetchException;

/** Reads an answer's body up to the cap: a declared length over it is refused unread, an undeclared one at the first byte past it. */
final class BodyReader {

    private static final long CHUNK = 8192;

    private BodyReader() {
    }

    static byte[] read(Response response, long cap, HttpUrl url) throws IOException {
        ResponseBody body = response.body();
        if (body.contentLength() > cap) throw tooLarge(url, cap);
        BufferedSource source = body.source();
        try (Buffer buffer = new Buffer()) {
            while (source.read(buffer, CHUNK) != -1) {
                if (buffer.size() > cap) throw tooLarge(url, cap);
            }
            return buffer.readByteArray();
        }
    }

    private static HttpFetchException tooLarge(HttpUrl url, long cap) {
        String size = cap % 1024 == 0 ? cap / 1024 + " KiB" : cap + " bytes";
        return new HttpFetchException("the answer of " + url + " is larger than " + size + ", the most a bot may receive.");
    }
}
