package org.botserver.adapter.out.storage.web;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A small web site on a free loopback port (the JDK's server: WireMock's Jetty 11 cannot share this module's test
 * classpath with s3proxy's Jetty 12), serving the pages it is given and recording every path requested.
 */
final class SiteServer implements AutoCloseable {

    private record Page(int status, String contentType, String body) {
    }

    final List<String> requested = new CopyOnWriteArrayList<>();
    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    private final HttpServer server;

    private SiteServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            try (exchange) {
                String path = exchange.getRequestURI().getRawPath()
                        + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
                requested.add(path);
                Page page = pages.getOrDefault(path, new Page(404, "text/plain", "not found"));
                byte[] body = page.body().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", page.contentType());
                exchange.sendResponseHeaders(page.status(), body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        });
        server.start();
    }

    static SiteServer start() {
        return new SiteServer();
    }

    /** Serves an HTML page at the path. */
    SiteServer html(String path, String body) {
        pages.put(path, new Page(200, "text/html; charset=utf-8", body));
        return this;
    }

    SiteServer answer(String path, int status, String contentType, String body) {
        pages.put(path, new Page(status, contentType, body));
        return this;
    }

    /** "127.0.0.1:port", as the allow-list names the site. */
    String hostAndPort() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    String url(String path) {
        return "http://" + hostAndPort() + path;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
