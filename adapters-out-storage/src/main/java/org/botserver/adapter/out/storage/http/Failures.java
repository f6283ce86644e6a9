package org.botserver.adapter.out.storage.http;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/** Finds one kind of exception among a failure's causes and suppressed exceptions, where OkHttp files route failures. */
final class Failures {

    private Failures() {
    }

    static <T extends Throwable> Optional<T> find(Throwable failure, Class<T> kind) {
        Deque<Throwable> pending = new ArrayDeque<>();
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        pending.add(failure);
        while (!pending.isEmpty()) {
            Throwable t = pending.poll();
            if (seen.put(t, Boolean.TRUE) != null) continue;
            if (kind.isInstance(t)) return Optional.of(kind.cast(t));
            if (t.getCause() != null) pending.add(t.getCause());
            for (Throwable suppressed : t.getSuppressed()) pending.add(suppressed);
        }
        return Optional.empty();
    }
}
