package org.botserver.adapter.in.rest.access;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import org.botserver.adapter.in.rest.problem.ProblemMapper;
import org.botserver.application.access.AdmitRequest;
import org.botserver.application.access.RateLimitedException;

/** Spends the client address's request budget before anything else is done; an empty budget is a 429. */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class ClientBudget implements ContainerRequestFilter {

    @Inject
    AdmitRequest admitRequest;
    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        try {
            admitRequest.admit(servletRequest.getRemoteAddr());
        } catch (RateLimitedException e) {
            request.abortWith(ProblemMapper.tooManyRequests(e));
        }
    }
}
