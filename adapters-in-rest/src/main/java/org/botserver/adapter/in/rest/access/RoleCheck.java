package org.botserver.adapter.in.rest.access;

import jakarta.annotation.Priority;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.botserver.adapter.in.rest.problem.Problem;

/**
 * Enforces {@link RolesAllowed} on resource methods with the roles of the verified bearer token, answering with
 * problem details: 401 without a token, 403 with a token that has none of the roles.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class RoleCheck implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    /** What the check decided for one request. */
    enum Verdict { ALLOWED, TOKEN_REQUIRED, ROLE_MISSING }

    @Override
    public void filter(ContainerRequestContext request) {
        List<String> allowed = allowedRoles();
        if (allowed.isEmpty()) return;
        SecurityContext security = request.getSecurityContext();
        switch (decide(allowed, security.getUserPrincipal() != null, security::isUserInRole)) {
            case ALLOWED -> { }
            case TOKEN_REQUIRED -> request.abortWith(Response.fromResponse(new Problem("/problems/credentials-required",
                    "Credentials required", 401, "This operation needs a bearer token with one of the roles "
                    + String.join(", ", allowed) + ".").toResponse()).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build());
            case ROLE_MISSING -> request.abortWith(new Problem("/problems/role-required", "Forbidden", 403,
                    "This operation needs one of the roles " + String.join(", ", allowed) + ".").toResponse());
        }
    }

    static Verdict decide(List<String> allowed, boolean authenticated, Predicate<String> inRole) {
        if (!authenticated) return Verdict.TOKEN_REQUIRED;
        return allowed.stream().anyMatch(inRole) ? Verdict.ALLOWED : Verdict.ROLE_MISSING;
    }

    /** The method's roles, else its class's; none means the operation is open to everyone. */
    private List<String> allowedRoles() {
        RolesAllowed roles = resource.getResourceMethod() == null ? null
                : resource.getResourceMethod().getAnnotation(RolesAllowed.class);
        if (roles == null && resource.getResourceClass() != null) {
            roles = resource.getResourceClass().getAnnotation(RolesAllowed.class);
        }
        return roles == null ? List.of() : Arrays.asList(roles.value());
    }
}
