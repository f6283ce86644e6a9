package org.botserver.adapter.out.storage.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import okhttp3.Dns;

/** Resolves host names and refuses them when any address they resolve to is not public (e.g. localhost, or a name pointing at 10.0.0.1). */
final class GuardedDns implements Dns {

    private final Dns resolver;
    private final PublicAddressGuard guard;

    GuardedDns(Dns resolver, PublicAddressGuard guard) {
        this.resolver = resolver;
        this.guard = guard;
    }

    @Override
    public List<InetAddress> lookup(String hostname) throws UnknownHostException {
        List<InetAddress> addresses = resolver.lookup(hostname);
        guard.checkResolved(hostname, addresses);
        return addresses;
    }
}
