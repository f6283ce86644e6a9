package org.botserver.adapter.out.storage.http;

import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/** One request of a fetch: the first, or one a redirect led to. */
record Hop(String method, HttpUrl url, Map<String, String> headers, byte[] body, String contentType) {

    private static final String USER_AGENT = "BotServer";

    static Hop first(String method, HttpUrl url, Map<String, String> headers, byte[] body, String contentType) {
        return new Hop(method, url, headers, body == null ? new byte[0] : body, contentType == null ? "" : contentType);
    }

    /**
     * The request a redirect asks for: 307 and 308 repeat the method and body, the others become a GET without one.
     * The headers a bot set (an API key...) go only to the origin it named, never to another one a redirect names.
     */
    Hop redirectedTo(HttpUrl next, int code) {
        boolean repeat = code == 307 || code == 308;
        boolean sameOrigin = next.scheme().equals(url.scheme()) && next.host().equals(url.host()) && next.port() == url.port();
        return new Hop(repeat ? method : "GET", next, sameOrigin ? headers : Map.of(),
                repeat ? body : new byte[0], repeat ? contentType : "");
    }

    Request request() {
        Request.Builder request = new Request.Builder().url(url);
        headers.forEach((name, value) -> {
            if (!name.equalsIgnoreCase("Content-Type")) request.addHeader(name, value);
        });
        if (headers.keySet().stream().noneMatch("User-Agent"::equalsIgnoreCase)) request.header("User-Agent", USER_AGENT);
        boolean sendsBody = method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
        RequestBody requestBody = sendsBody ? RequestBody.create(body, contentType.isEmpty() ? null : MediaType.parse(contentType)) : null;
        return request.method(method, requestBody).build();
    }
}
