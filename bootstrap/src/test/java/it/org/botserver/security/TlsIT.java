package it.org.botserver.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import it.org.botserver.ServerClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;

/**
 * HTTPS speaks TLS 1.3 and nothing older. The build's server listens for it on a reserved port with the key store
 * Liberty generated on its first start (a self-signed certificate for localhost and 127.0.0.1), which the test trusts.
 */
class TlsIT {

    private static final Path SERVER = Path.of(System.getProperty("it.server.dir", "target/liberty/wlp"), "usr",
            "servers", System.getProperty("it.server.name", "botserver"));

    @Test
    void a_client_offering_tls_1_3_negotiates_tls_1_3() throws IOException {
        try (SSLSocket socket = connect("TLSv1.3")) {
            socket.startHandshake();

            assertEquals("TLSv1.3", socket.getSession().getProtocol());
        }
    }

    @Test
    void a_client_offering_only_tls_1_2_is_refused() {
        assertThrows(SSLException.class, () -> {
            try (SSLSocket socket = connect("TLSv1.2")) {
                socket.startHandshake();
            }
        });
    }

    @Test
    void over_https_the_api_and_health_answer_with_strict_transport_security() {
        for (String path : new String[] {"/api/bots", "/health/ready"}) {
            HttpResponse<String> reply = get(path);

            assertEquals(200, reply.statusCode(), path);
            assertEquals("max-age=31536000", reply.headers().firstValue("Strict-Transport-Security").orElse(""), path);
            assertEquals("nosniff", reply.headers().firstValue("X-Content-Type-Options").orElse(""), path);
        }
    }

    @Test
    void plain_http_gets_no_strict_transport_security() {
        HttpResponse<String> reply = plainGet("/health/ready");

        assertEquals(200, reply.statusCode());
        assertFalse(reply.headers().firstValue("Strict-Transport-Security").isPresent());
    }

    private static int httpsPort() {
        return Integer.parseInt(System.getProperty("it.https.port", "9443"));
    }

    private static SSLSocket connect(String protocol) throws IOException {
        ServerClient.awaitReady();
        SSLSocket socket = (SSLSocket) trustingTheServer().getSocketFactory().createSocket("127.0.0.1", httpsPort());
        socket.setSoTimeout(30_000);
        socket.setEnabledProtocols(new String[] {protocol});
        return socket;
    }

    private static HttpResponse<String> get(String path) {
        ServerClient.awaitReady();
        try (HttpClient client = HttpClient.newBuilder().sslContext(trustingTheServer()).build()) {
            return client.send(HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + httpsPort() + path))
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> plainGet(String path) {
        ServerClient.awaitReady();
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(ServerClient.uri(path)).timeout(Duration.ofSeconds(30)).GET()
                    .build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Trusts exactly the certificate in the server's key store, whose password the build put into server.env. */
    private static SSLContext trustingTheServer() {
        try (InputStream in = Files.newInputStream(SERVER.resolve("resources/security/key.p12"))) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, keyStorePassword().toCharArray());
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String keyStorePassword() throws IOException {
        Path env = SERVER.resolve("server.env");
        if (!Files.exists(env)) return "botserver-local-keystore";
        return Files.readAllLines(env).stream().filter(line -> line.startsWith("keystore_password="))
                .map(line -> line.substring("keystore_password=".length())).findFirst()
                .orElse("botserver-local-keystore");
    }
}
