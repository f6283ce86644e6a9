package org.botserver.adapter.in.ws;

import jakarta.websocket.Session;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.botserver.application.access.Caller;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who opened a WebSocket: the bearer token verified at the handshake, or {@code ?token=} (browsers send no headers). */
final class WsCallers {

    private static final Set<String> ROLES = Set.of("admin", "bot-author", "user");

    private WsCallers() {
    }

    /** The caller, or empty when its bearer token carries none of the server's roles. */
    static Optional<Caller> of(Session session) {
        Principal principal = session.getUserPrincipal();
        String token = parameter(session.getRequestParameterMap(), "token");
        if (!(principal instanceof JsonWebToken jwt)) return Optional.of(Caller.of(null, Set.of(), token));
        Set<String> roles = jwt.getGroups() == null ? Set.of()
                : jwt.getGroups().stream().filter(ROLES::contains).collect(Collectors.toUnmodifiableSet());
        if (roles.isEmpty()) return Optional.empty();
        return Optional.of(Caller.of(jwt.getSubject() != null ? jwt.getSubject() : jwt.getName(), roles, token));
    }

    static String parameter(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() || values.getFirst().isBlank() ? null : values.getFirst();
    }
}
