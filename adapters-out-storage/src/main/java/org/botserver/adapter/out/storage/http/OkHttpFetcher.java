package org.botserver.adapter.out.storage.http;

import okhttp3.HttpUrl;
import org.botserver.application.http.FetchRequest;
import org.botserver.application.http.FetchResponse;
import org.botserver.application.http.HttpFetchException;
import org.botserver.application.http.HttpFetcher;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/** The HTTP keywords' requests through the {@link GuardedHttpClient}: the embedded default and the production adapter alike. */
@SecondaryAdapter
public final class OkHttpFetcher implements HttpFetcher, AutoCloseable {

    private final GuardedHttpClient client;

    public OkHttpFetcher(GuardedHttpClient client) {
        this.client = client;
    }

    public static OkHttpFetcher create(HttpClientSettings settings) {
        return new OkHttpFetcher(GuardedHttpClient.create(settings));
    }

    @Override
    public FetchResponse fetch(FetchRequest request) {
        HttpUrl url = HttpUrl.parse(request.url().toString());
        if (url == null) throw new HttpFetchException("\"" + request.url() + "\" is not a web address.");
        GuardedHttpClient.Answer answer = client.fetch(request.method().name(), url, request.headers(), request.body(),
                request.contentType());
        return new FetchResponse(answer.status(), answer.reason(), answer.contentType(), answer.body());
    }

    @Override
    public void close() {
        client.close();
    }
}
