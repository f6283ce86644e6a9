package org.botserver.adapter.out.storage.http;

import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.Response;
import org.botserver.application.http.HttpFetchException;

/** Where a redirect answer sends the request next: only 301, 302, 303, 307 and 308 with a Location, only to http(s). */
final class Redirects {

    private Redirects() {
    }

    /** The next URL, or empty when the answer is final (not a redirect, or a redirect without a Location). */
    static Optional<HttpUrl> target(Response response, HttpUrl original) {
        int code = response.code();
        if (code != 301 && code != 302 && code != 303 && code != 307 && code != 308) return Optional.empty();
        String location = response.header("Location");
        if (location == null || location.isBlank()) return Optional.empty();
        HttpUrl next = response.request().url().resolve(location);
        if (next == null) {
            throw new HttpFetchException(original + " redirected to \"" + location + "\", which is not an http(s) address.");
        }
        return Optional.of(next);
    }
}
