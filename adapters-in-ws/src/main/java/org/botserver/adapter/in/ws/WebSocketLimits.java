package org.botserver.adapter.in.ws;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The WebSocket limits of this server, from MicroProfile Config, shared by the handshake filter and every socket. */
@ApplicationScoped
public class WebSocketLimits {

    private final ConnectionSlots connections;
    private final long maxMessageBytes;

    @Inject
    WebSocketLimits(@ConfigProperty(name = "ws.max.connections.per.address", defaultValue = "20") int maxConnections,
            @ConfigProperty(name = "ws.max.message.kib", defaultValue = "512") int maxMessageKib) {
        this.connections = new ConnectionSlots(maxConnections);
        this.maxMessageBytes = maxMessageKib * 1024L;
    }

    /** For CDI's proxy only. */
    protected WebSocketLimits() {
        this.connections = null;
        this.maxMessageBytes = 0;
    }

    public ConnectionSlots connections() {
        return connections;
    }

    /** A JSON-escaped 64 KiB message fits; larger messages close the socket with 1009. */
    public MessageAssembly newMessage() {
        return new MessageAssembly(maxMessageBytes);
    }
}
