package org.botserver.adapter.out.storage.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okhttp3.Dns;
import okhttp3.HttpUrl;
import org.botserver.application.http.FetchRequest;
import org.botserver.application.http.HttpFetchException;
import org.botserver.application.http.HttpMethod;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Requests to addresses that are not public are refused before anything is sent: the local server, listening on
 * every interface of this machine and on no allow-list, records that no request arrived.
 */
class SsrfRefusalTest {

    private static final String ADVICE = "; bots may only reach public addresses (an operator can allow a host with HTTP_ALLOWED_HOSTS).";

    private final LocalHttpServer server = LocalHttpServer.start();
    private final OkHttpFetcher fetcher = OkHttpFetcher.create(HttpClientSettings.defaults());

    @AfterEach
    void stop() {
        fetcher.close();
        server.close();
    }

    private String refusal(String url) {
        server.on("/secret", 200, "text/plain", "the keys");
        String message = assertThrows(HttpFetchException.class,
                () -> fetcher.fetch(FetchRequest.of(HttpMethod.GET, URI.create(url), Map.of()))).getMessage();
        assertEquals(List.of(), server.received, url + " reached the server");
        return message;
    }

    @Test
    void the_loopback_address_is_refused() {
        assertEquals("127.0.0.1 is a loopback address" + ADVICE, refusal("http://127.0.0.1:" + server.port() + "/secret"));
    }

    @Test
    void the_ipv6_loopback_address_is_refused() {
        assertEquals("0:0:0:0:0:0:0:1 is a loopback address" + ADVICE, refusal("http://[::1]:" + server.port() + "/secret"));
    }

    @Test
    void the_loopback_address_written_as_ipv4_mapped_ipv6_is_refused() {
        String message = refusal("http://[::ffff:127.0.0.1]:" + server.port() + "/secret");

        assertTrue(message.endsWith(" is a loopback address" + ADVICE), message);
    }

    @Test
    void a_dns_name_resolving_to_loopback_is_refused() {
        String message = refusal("http://localhost:" + server.port() + "/secret");

        assertTrue(message.startsWith("localhost resolves to ") && message.endsWith(", a loopback address" + ADVICE), message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://2130706433:%d/secret", "http://127.1:%d/secret"})
    void the_loopback_address_in_decimal_or_short_form_is_refused(String form) {
        assertEquals("127.0.0.1 is a loopback address" + ADVICE, refusal(form.formatted(server.port())));
    }

    @Test
    void the_loopback_address_in_hex_form_is_no_address_at_all() {
        assertEquals("the host 0x7f000001 could not be found.", refusal("http://0x7f000001:" + server.port() + "/secret"));
    }

    @Test
    void an_octal_looking_address_is_read_as_decimal_so_it_never_means_loopback() throws Exception {
        assertEquals(List.of(InetAddress.getByName("177.0.0.1")),
                new GuardedDns(Dns.SYSTEM, new PublicAddressGuard()).lookup("0177.0.0.1"));
    }

    @Test
    void the_cloud_metadata_address_is_refused() {
        assertEquals("169.254.169.254 is a link-local address" + ADVICE, refusal("http://169.254.169.254/latest/meta-data/"));
    }

    @Test
    void a_private_address_is_refused() {
        assertEquals("10.0.0.1 is a private address" + ADVICE, refusal("http://10.0.0.1/admin"));
    }

    @Test
    void a_public_name_pointing_at_a_private_address_is_refused() {
        Dns intranet = host -> List.of(InetAddress.getByAddress(host, new byte[] {10, 0, 0, 1}));
        try (GuardedHttpClient client = new GuardedHttpClient(HttpClientSettings.defaults(), intranet)) {
            String message = assertThrows(HttpFetchException.class,
                    () -> client.fetch("GET", HttpUrl.get("https://intranet.example.com/"), Map.of(), null, null)).getMessage();

            assertEquals("intranet.example.com resolves to 10.0.0.1, a private address" + ADVICE, message);
        }
    }

    @Test
    void a_redirect_from_an_allowed_host_to_a_private_address_is_refused() {
        try (LocalHttpServer allowed = LocalHttpServer.start();
             OkHttpFetcher guarded = OkHttpFetcher.create(new HttpClientSettings(HttpClientSettings.DEFAULT_TIMEOUT,
                     HttpClientSettings.DEFAULT_MAX_RESPONSE_BYTES, 5, new AllowedHosts(Set.of("127.0.0.1:" + allowed.port()))))) {
            allowed.redirect("/go", 302, "http://localhost:" + server.port() + "/secret");

            String message = assertThrows(HttpFetchException.class, () -> guarded.fetch(FetchRequest.of(HttpMethod.GET,
                    URI.create(allowed.url("/go")), Map.of()))).getMessage();

            assertTrue(message.startsWith("localhost resolves to "), message);
            assertEquals(1, allowed.received.size());
            assertEquals(List.of(), server.received);
        }
    }
}
