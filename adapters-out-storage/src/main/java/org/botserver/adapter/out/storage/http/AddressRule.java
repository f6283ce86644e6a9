package org.botserver.adapter.out.storage.http;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.function.Predicate;

/** One kind of address a bot may not reach, named as the refusal names it ("a loopback address"). */
record AddressRule(String name, Predicate<InetAddress> matches) {

    /** Every rule; an address none of them matches is public. */
    static final List<AddressRule> ALL = List.of(
            new AddressRule("a loopback address", InetAddress::isLoopbackAddress),
            new AddressRule("an unspecified address", a -> a.isAnyLocalAddress() || v4(a, "0.0.0.0", 8)),
            new AddressRule("a private address", a -> v4(a, "10.0.0.0", 8) || v4(a, "172.16.0.0", 12)
                    || v4(a, "192.168.0.0", 16) || v6(a, 0xfc, 7)),
            new AddressRule("a link-local address", a -> v4(a, "169.254.0.0", 16) || v6(a, 0xfe80, 10)),
            new AddressRule("a site-local address", a -> v6(a, 0xfec0, 10)),
            new AddressRule("a carrier-grade NAT address", a -> v4(a, "100.64.0.0", 10)),
            new AddressRule("a multicast address", InetAddress::isMulticastAddress),
            new AddressRule("a reserved address", a -> v4(a, "240.0.0.0", 4) || v4(a, "192.0.0.0", 24)
                    || v4(a, "198.18.0.0", 15)));

    /** The IPv4 address an IPv6 form carries (mapped ::ffff:a.b.c.d, compatible ::a.b.c.d, NAT64 64:ff9b::/96, 6to4 2002::/16). */
    static InetAddress embeddedV4(InetAddress address) {
        if (!(address instanceof Inet6Address)) return address;
        byte[] b = address.getAddress();
        try {
            if (zeros(b, 0, 10) && (b[10] == (byte) 0xff && b[11] == (byte) 0xff || b[10] == 0 && b[11] == 0 && !zeros(b, 12, 16))
                    || b[0] == 0 && b[1] == 0x64 && b[2] == (byte) 0xff && b[3] == (byte) 0x9b && zeros(b, 4, 12)) {
                return InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]});
            }
            if (b[0] == 0x20 && b[1] == 0x02) return InetAddress.getByAddress(new byte[] {b[2], b[3], b[4], b[5]});
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an IPv4 address", e);
        }
        return address;
    }

    private static boolean zeros(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) if (b[i] != 0) return false;
        return true;
    }

    private static boolean v4(InetAddress address, String network, int bits) {
        if (!(address instanceof Inet4Address)) return false;
        return prefix(address.getAddress(), dotted(network), bits);
    }

    /** An IPv6 prefix given by its first 16 bits (0xfe80) or, for short prefixes, its first 8 (0xfc). */
    private static boolean v6(InetAddress address, int start, int bits) {
        if (!(address instanceof Inet6Address)) return false;
        byte[] network = new byte[16];
        if (start > 0xff) {
            network[0] = (byte) (start >> 8);
            network[1] = (byte) start;
        } else {
            network[0] = (byte) start;
        }
        return prefix(address.getAddress(), network, bits);
    }

    private static boolean prefix(byte[] address, byte[] network, int bits) {
        for (int i = 0; i < bits; i++) {
            int mask = 0x80 >> (i % 8);
            if ((address[i / 8] & mask) != (network[i / 8] & mask)) return false;
        }
        return true;
    }

    private static byte[] dotted(String network) {
        String[] parts = network.split("\\.");
        byte[] b = new byte[4];
        for (int i = 0; i < 4; i++) b[i] = (byte) Integer.parseInt(parts[i]);
        return b;
    }
}
