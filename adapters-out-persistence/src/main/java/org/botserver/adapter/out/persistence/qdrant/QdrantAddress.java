package org.botserver.adapter.out.persistence.qdrant;

import java.net.URI;
import java.net.URISyntaxException;

/** Where Qdrant's gRPC API listens, read from a URL such as {@code http://host:6334} ({@code https} for TLS). */
record QdrantAddress(String host, int port, boolean tls) {

    /** Qdrant's gRPC port, when the URL names none. */
    static final int GRPC_PORT = 6334;

    static QdrantAddress parse(String url) {
        try {
            URI uri = new URI(url.strip());
            if (uri.getHost() != null && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                return new QdrantAddress(uri.getHost(), uri.getPort() < 0 ? GRPC_PORT : uri.getPort(), "https".equals(uri.getScheme()));
            }
        } catch (URISyntaxException e) {
            // reported below, with the form expected
        }
        throw new IllegalArgumentException("A Qdrant URL looks like http://host:6334, not '" + url + "'.");
    }
}
