package org.botserver.adapter.in.rest.bot;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.botserver.adapter.in.rest.problem.Problem;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Guards the {@link AdminOnly} operations until the platform has real users and roles: the caller must send
 * {@code Authorization: Bearer <admin.token>} (ADMIN_TOKEN). Without a configured token the operations are off (403).
 */
@Provider
@AdminOnly
@Priority(Priorities.AUTHENTICATION)
public class AdminTokenFilter implements ContainerRequestFilter {

    static final String TOKEN_KEY = "admin.token";
    private static final String BEARER = "Bearer ";

    /** What the admin check decided for one request. */
    enum Access { GRANTED, SWITCHED_OFF, TOKEN_REQUIRED }

    @Override
    public void filter(ContainerRequestContext request) {
        Optional<String> token = ConfigProvider.getConfig().getOptionalValue(TOKEN_KEY, String.class).filter(t -> !t.isBlank());
        switch (decide(token, request.getHeaderString(HttpHeaders.AUTHORIZATION))) {
            case GRANTED -> { }
            case SWITCHED_OFF -> request.abortWith(new Problem("/problems/admin-disabled", "Forbidden", 403,
                    "Deploying and deleting bots is switched off on this server; set ADMIN_TOKEN to switch it on.").toResponse());
            case TOKEN_REQUIRED -> request.abortWith(Response.fromResponse(new Problem("/problems/admin-token-required",
                    "Unauthorized", 401, "This operation needs the admin token: send \"Authorization: Bearer <token>\".")
                    .toResponse()).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build());
        }
    }

    /** The decision for a request with this Authorization header; the token is compared in constant time. */
    static Access decide(Optional<String> token, String authorization) {
        if (token.isEmpty()) return Access.SWITCHED_OFF;
        boolean granted = authorization != null && authorization.startsWith(BEARER) && MessageDigest.isEqual(
                authorization.substring(BEARER.length()).strip().getBytes(StandardCharsets.UTF_8),
                token.get().getBytes(StandardCharsets.UTF_8));
        return granted ? Access.GRANTED : Access.TOKEN_REQUIRED;
    }
}
