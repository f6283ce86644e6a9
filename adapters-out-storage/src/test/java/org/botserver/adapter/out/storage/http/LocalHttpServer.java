package org.botserver.adapter.out.storage.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;

/**
 * A real HTTP server on a free port of this machine (the JDK's own: WireMock's Jetty 11 cannot share this module's
 * test classpath with s3proxy's Jetty 12), answering each path as told and recording every request that arrives.
 */
final class LocalHttpServer implements AutoCloseable {

    /** A request as it arrived. */
    record Received(String method, String path, Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().getFirst()).findFirst().orElse(null);
        }
    }

    /** How a path answers. */
    @FunctionalInterface
    interface Answer {
        void answer(HttpExchange exchange) throws IOException;
    }

    final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final HttpServer server;
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();

    /** Listens on every interface (IPv4 and IPv6), so only the client's guard can keep a request from arriving. */
    static LocalHttpServer start() {
        return new LocalHttpServer(new InetSocketAddress(0));
    }

    private LocalHttpServer(InetSocketAddress address) {
        try {
            server = HttpServer.create(address, 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(threads);
        server.createContext("/", exchange -> {
            try (exchange) {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                        Map.copyOf(exchange.getRequestHeaders()), body));
                Answer answer = answers.getOrDefault(exchange.getRequestURI().getPath(), e -> respond(e, 404, "text/plain", "no such path"));
                answer.answer(exchange);
            }
        });
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    LocalHttpServer on(String path, Answer answer) {
        answers.put(path, answer);
        return this;
    }

    LocalHttpServer on(String path, int status, String contentType, String body) {
        return on(path, e -> respond(e, status, contentType, body));
    }

    LocalHttpServer redirect(String path, int status, String location) {
        return on(path, e -> {
            e.getResponseHeaders().add("Location", location);
            e.sendResponseHeaders(status, -1);
        });
    }

    /** Answers with the body gzip-compressed, as servers do for clients that accept it. */
    LocalHttpServer gzipped(String path, String body) {
        return on(path, e -> {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
                gzip.write(body.getBytes(StandardCharsets.UTF_8));
            }
            e.getResponseHeaders().add("Content-Type", "text/plain; charset=utf-8");
            e.getResponseHeaders().add("Content-Encoding", "gzip");
            e.sendResponseHeaders(200, bytes.size());
            try (OutputStream out = e.getResponseBody()) {
                bytes.writeTo(out);
            }
        });
    }

    static void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (!contentType.isEmpty()) exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
