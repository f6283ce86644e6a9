package org.botserver.adapter.in.ws;

import jakarta.servlet.http.HttpSession;
import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.Session;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpointConfig;
import java.util.Optional;

/** Hands the client address {@link ConnectionLimit} counted to the socket it was counted for. */
public class ClientAddress extends ServerEndpointConfig.Configurator {

    @Override
    public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
        // Liberty gives each socket its own copy of the configuration, so these properties belong to this socket.
        if (request.getHttpSession() instanceof HttpSession http
                && http.getAttribute(ConnectionLimit.ADDRESS) instanceof String address) {
            config.getUserProperties().put(ConnectionLimit.ADDRESS, address);
        }
    }

    /** The address whose slot this socket holds, if it was counted. */
    static Optional<String> of(Session session) {
        return session.getUserProperties().get(ConnectionLimit.ADDRESS) instanceof String address
                ? Optional.of(address) : Optional.empty();
    }
}
