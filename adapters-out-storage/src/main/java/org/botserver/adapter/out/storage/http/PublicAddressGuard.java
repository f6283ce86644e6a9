package org.botserver.adapter.out.storage.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether an address is public, by the {@link AddressRule}s; an IPv6 form carrying an IPv4 address (mapped,
 * compatible, NAT64, 6to4) is judged by the IPv4 address it carries.
 */
public final class PublicAddressGuard {

    static final String ADVICE = "bots may only reach public addresses (an operator can allow a host with HTTP_ALLOWED_HOSTS).";

    /** Why the address is not public ("a loopback address"), or empty when it is public. */
    public Optional<String> refusal(InetAddress address) {
        InetAddress judged = AddressRule.embeddedV4(address);
        return AddressRule.ALL.stream().filter(rule -> rule.matches().test(judged) || rule.matches().test(address))
                .map(AddressRule::name).findFirst();
    }

    /** Every address a host name resolved to must be public, so a name with one private record is refused whole. */
    void checkResolved(String host, List<InetAddress> addresses) throws UnknownHostException {
        for (InetAddress address : addresses) {
            Optional<String> refusal = refusal(address);
            if (refusal.isPresent()) {
                throw new AddressRefusedException(host + " resolves to " + address.getHostAddress() + ", "
                        + refusal.get() + "; " + ADVICE);
            }
        }
    }

    /** The last check, just before a socket connects: also covers hosts written as addresses, which skip DNS. */
    void checkConnect(InetAddress address) throws UnknownHostException {
        Optional<String> refusal = refusal(address);
        if (refusal.isPresent()) {
            throw new AddressRefusedException(address.getHostAddress() + " is " + refusal.get() + "; " + ADVICE);
        }
    }
}
