package org.botserver.application.http;

import java.net.URI;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One request a dialog asks for: method, absolute http(s) URL, headers in the order set, and for POST, PUT and
 * PATCH a body with its content type.
 */
public record FetchRequest(HttpMethod method, URI url, Map<String, String> headers, byte[] body, String contentType) {

    public FetchRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(url, "url");
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("only http:// and https:// addresses can be fetched, not " + url + ".");
        }
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        body = body == null ? new byte[0] : body.clone();
        if (!method.hasBody() && body.length > 0) throw new IllegalArgumentException(method + " sends no body.");
        contentType = contentType == null ? "" : contentType;
    }

    /** A request without a body. */
    public static FetchRequest of(HttpMethod method, URI url, Map<String, String> headers) {
        return new FetchRequest(method, url, headers, null, null);
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FetchRequest other && method == other.method && url.equals(other.url)
                && headers.equals(other.headers) && Arrays.equals(body, other.body) && contentType.equals(other.contentType);
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, url, headers, Arrays.hashCode(body), contentType);
    }

    @Override
    public String toString() {
        return method + " " + url;
    }
}
