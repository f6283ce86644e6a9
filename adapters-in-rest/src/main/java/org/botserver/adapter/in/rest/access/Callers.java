package org.botserver.adapter.in.rest.access;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.Set;
import java.util.stream.Collectors;
import org.botserver.application.access.Caller;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Reads who calls from the request: the verified bearer token's subject and roles, or a conversation token. */
public final class Callers {

    /** The header anonymous web chat clients send their conversation token in. */
    public static final String CONVERSATION_TOKEN_HEADER = "X-Conversation-Token";
    private static final Set<String> ROLES = Set.of("admin", "bot-author", "user");

    private Callers() {
    }

    /** The caller; a verified token that carries none of the server's roles is refused with 403. */
    public static Caller of(SecurityContext security, HttpHeaders headers) {
        Principal principal = security.getUserPrincipal();
        String token = headers.getHeaderString(CONVERSATION_TOKEN_HEADER);
        if (principal == null) return Caller.of(null, Set.of(), token);
        Set<String> roles = ROLES.stream().filter(security::isUserInRole).collect(Collectors.toUnmodifiableSet());
        if (roles.isEmpty()) throw new ForbiddenException("The bearer token carries none of the roles admin, bot-author, user.");
        return Caller.of(subject(principal), roles, token);
    }

    private static String subject(Principal principal) {
        return principal instanceof JsonWebToken jwt && jwt.getSubject() != null ? jwt.getSubject() : principal.getName();
    }
}
