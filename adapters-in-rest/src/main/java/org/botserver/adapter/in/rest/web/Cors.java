package org.botserver.adapter.in.rest.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * CORS for the origins listed in {@code cors-allowed-origins} (comma-separated, MicroProfile Config): their
 * preflights are answered here with 204, their requests get the CORS headers; other origins get none.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class Cors extends HttpFilter {

    static final String ALLOWED_ORIGINS_KEY = "cors-allowed-origins";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String origin = request.getHeader("Origin");
        if (origin == null || !allowedOrigins().contains(origin)) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Access-Control-Allow-Origin", origin);
        response.addHeader("Vary", "Origin");
        if ("OPTIONS".equals(request.getMethod()) && request.getHeader("Access-Control-Request-Method") != null) {
            response.setHeader("Access-Control-Allow-Methods", "GET, POST, PUT, DELETE, OPTIONS");
            response.setHeader("Access-Control-Allow-Headers", "Authorization, Content-Type, X-Conversation-Token");
            response.setHeader("Access-Control-Max-Age", "600");
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        response.setHeader("Access-Control-Expose-Headers", "Retry-After, Location");
        chain.doFilter(request, response);
    }

    private static Set<String> allowedOrigins() {
        return ConfigProvider.getConfig().getOptionalValue(ALLOWED_ORIGINS_KEY, String.class)
                .map(list -> Arrays.stream(list.split(",")).map(String::strip).filter(o -> !o.isEmpty())
                        .collect(Collectors.toUnmodifiableSet()))
                .orElse(Set.of());
    }
}
