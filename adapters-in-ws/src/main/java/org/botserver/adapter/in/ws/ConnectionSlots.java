package org.botserver.adapter.in.ws;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** How many WebSockets each client address holds open, and whether it may open one more. */
final class ConnectionSlots {

    private final int maxPerAddress;
    private final ConcurrentMap<String, Integer> open = new ConcurrentHashMap<>();

    ConnectionSlots(int maxPerAddress) {
        if (maxPerAddress < 1) throw new IllegalArgumentException("At least one WebSocket per address must be allowed");
        this.maxPerAddress = maxPerAddress;
    }

    int maxPerAddress() {
        return maxPerAddress;
    }

    /** Takes a slot for the address; false when it already holds the most it may. */
    boolean take(String address) {
        boolean[] taken = {false};
        open.compute(address, (key, count) -> {
            int now = count == null ? 0 : count;
            if (now >= maxPerAddress) return count;
            taken[0] = true;
            return now + 1;
        });
        return taken[0];
    }

    /** Gives back a slot of the address; the entry goes away with its last slot, so idle addresses cost nothing. */
    void release(String address) {
        open.computeIfPresent(address, (key, count) -> count <= 1 ? null : count - 1);
    }

    int openBy(String address) {
        return open.getOrDefault(address, 0);
    }
}
