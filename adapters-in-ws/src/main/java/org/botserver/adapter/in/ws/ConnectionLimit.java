package org.botserver.adapter.in.ws;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Refuses a WebSocket handshake with a 429 problem when its client address already holds the most sockets it may
 * ({@code ws.max.connections.per.address}); the WebSocket API does not tell the endpoint the address, so the slot
 * taken here travels to it through the HTTP session (see {@link ClientAddress}) and is given back when it closes.
 */
@WebFilter(urlPatterns = "/ws", asyncSupported = true)
public class ConnectionLimit extends HttpFilter {

    static final String ADDRESS = "org.botserver.ws.client-address";
    /** A slot frees when one of the address's sockets closes, which cannot be foreseen; this keeps retries calm. */
    private static final String RETRY_AFTER_SECONDS = "10";

    @Inject
    WebSocketLimits limits;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"websocket".equalsIgnoreCase(request.getHeader("Upgrade"))) {
            chain.doFilter(request, response);
            return;
        }
        ConnectionSlots slots = limits.connections();
        String address = request.getRemoteAddr();
        if (!slots.take(address)) {
            refuse(response, slots.maxPerAddress());
            return;
        }
        boolean upgraded = false;
        try {
            request.getSession(true).setAttribute(ADDRESS, address);
            chain.doFilter(request, response);
            upgraded = response.getStatus() == HttpServletResponse.SC_SWITCHING_PROTOCOLS;
        } finally {
            // A handshake that did not become a socket never reaches the endpoint, which would give the slot back.
            if (!upgraded) slots.release(address);
        }
    }

    private static void refuse(HttpServletResponse response, int max) throws IOException {
        byte[] problem = ("{\"type\":\"/problems/too-many-connections\",\"title\":\"Too Many Requests\",\"status\":429,"
                + "\"detail\":\"This address already holds " + max + " open WebSockets, the most allowed; close one "
                + "and try again.\"}").getBytes(StandardCharsets.UTF_8);
        response.setStatus(429);
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        response.setContentType("application/problem+json");
        response.setContentLength(problem.length);
        response.getOutputStream().write(problem);
    }
}
