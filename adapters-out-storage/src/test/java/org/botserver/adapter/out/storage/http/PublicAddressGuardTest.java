package org.botserver.adapter.out.storage.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every address that is not public is refused with the rule it breaks; public addresses pass. */
class PublicAddressGuardTest {

    private final PublicAddressGuard guard = new PublicAddressGuard();

    @ParameterizedTest
    @CsvSource({
            "127.0.0.1, a loopback address", "127.8.9.10, a loopback address", "::1, a loopback address",
            "0.0.0.0, an unspecified address", "0.1.2.3, an unspecified address", "::, an unspecified address",
            "10.0.0.1, a private address", "172.16.0.1, a private address", "172.31.255.255, a private address",
            "192.168.1.1, a private address", "fc00::1, a private address", "fd12:3456::1, a private address",
            "169.254.169.254, a link-local address", "fe80::1, a link-local address", "fec0::1, a site-local address",
            "100.64.0.1, a carrier-grade NAT address", "100.127.255.254, a carrier-grade NAT address",
            "224.0.0.1, a multicast address", "ff02::1, a multicast address",
            "255.255.255.255, a reserved address", "198.18.0.1, a reserved address",
            "64:ff9b::7f00:1, a loopback address", "2002:a00:1::1, a private address", "::a9fe:a9fe, a link-local address"})
    void an_address_that_is_not_public_is_refused_with_its_rule(String address, String rule) throws UnknownHostException {
        assertEquals(Optional.of(rule), guard.refusal(InetAddress.getByName(address)));
    }

    @ParameterizedTest
    @CsvSource({"127.0.0.1, a loopback address", "169.254.169.254, a link-local address", "10.0.0.1, a private address"})
    void an_ipv4_mapped_ipv6_address_is_judged_by_the_ipv4_address_it_carries(String v4, String rule) throws UnknownHostException {
        byte[] mapped = new byte[16];
        mapped[10] = (byte) 0xff;
        mapped[11] = (byte) 0xff;
        System.arraycopy(InetAddress.getByName(v4).getAddress(), 0, mapped, 12, 4);

        assertEquals(Optional.of(rule), guard.refusal(Inet6Address.getByAddress(null, mapped, -1)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "93.184.216.34", "172.32.0.1", "100.128.0.1", "192.169.0.1", "2606:4700::1111",
            "2a00:1450:4001::200e"})
    void a_public_address_passes(String address) throws UnknownHostException {
        assertEquals(Optional.empty(), guard.refusal(InetAddress.getByName(address)));
    }
}
