package org.botserver.adapter.out.storage.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/** The operator's allow-list names hosts, with any port or one port, written as OkHttp writes URL hosts. */
class AllowedHostsTest {

    @Test
    void a_host_without_a_port_allows_every_port_and_a_host_with_one_allows_that_port_only() {
        AllowedHosts allowed = AllowedHosts.parse(" API.Internal , 127.0.0.1:8089,, [::1]:9000 ");

        assertEquals(Set.of("api.internal", "127.0.0.1:8089", "::1:9000"), allowed.entries());
        assertTrue(allowed.permits(HttpUrl.get("https://api.internal/v1")));
        assertTrue(allowed.permits(HttpUrl.get("http://api.internal:7000/")));
        assertTrue(allowed.permits(HttpUrl.get("http://127.0.0.1:8089/x")));
        assertFalse(allowed.permits(HttpUrl.get("http://127.0.0.1:8090/x")));
        assertTrue(allowed.permits(HttpUrl.get("http://[::1]:9000/")));
        assertFalse(allowed.permits(HttpUrl.get("http://localhost:8089/")));
    }

    @Test
    void an_ipv6_address_without_brackets_means_every_port() {
        assertTrue(AllowedHosts.parse("fd00::5").permits(HttpUrl.get("http://[fd00::5]:8443/")));
    }

    @Test
    void nothing_is_allowed_by_default() {
        assertEquals(AllowedHosts.none(), AllowedHosts.parse(null));
        assertFalse(AllowedHosts.parse("").permits(HttpUrl.get("http://127.0.0.1/")));
    }

    @Test
    void an_entry_that_is_no_host_is_refused_with_its_text() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AllowedHosts.parse("ok.example, bad host:80"));

        assertEquals("\"bad host:80\" in the HTTP allow-list is not a host or host:port.", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> AllowedHosts.parse("127.0.0.1:port"));
    }
}
