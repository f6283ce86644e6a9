package org.botserver.adapter.in.ws;

import jakarta.websocket.CloseReason;
import jakarta.websocket.EncodeException;
import jakarta.websocket.Session;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Locale;
import org.botserver.application.conversation.TurnResult;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.conversation.ConversationId;
import org.botserver.domain.conversation.ConversationStatus;

/** Sends frames to one client; a client that went away is logged, not treated as the server's failure. */
final class Frames {

    private static final System.Logger LOG = System.getLogger(Frames.class.getName());

    private Frames() {
    }

    /** A turn's replies in order, the quick replies if any, then where the conversation now stands. */
    static void deliver(Session session, TurnResult turn) {
        for (int i = 0; i < turn.replies().size(); i++) {
            var reply = turn.replies().get(i);
            List<String> sources = i == turn.replies().size() - 1 ? turn.sources() : List.of();
            send(session, new ServerFrame.BotMessage(reply.id().toString(), reply.content(), reply.timestamp().toString(), sources));
        }
        if (!turn.suggestions().isEmpty()) {
            send(session, new ServerFrame.Suggestions(turn.suggestions().stream()
                    .map(s -> new ServerFrame.Offer(s.value(), s.label())).toList()));
        }
        send(session, status(turn.status(), turn.conversationId(), turn.botId()));
    }

    static ServerFrame.Status status(ConversationStatus status, ConversationId id, BotId botId) {
        return new ServerFrame.Status(status.name().toLowerCase(Locale.ROOT), id.toString(), botId.value());
    }

    static void send(Session session, ServerFrame frame) {
        if (!session.isOpen()) return;
        try {
            session.getBasicRemote().sendObject(frame);
        } catch (IOException | EncodeException e) {
            LOG.log(Level.INFO, "Could not send to WebSocket client {0}: {1}", session.getId(), e.toString());
        }
    }

    static void close(Session session, CloseReason reason) {
        try {
            session.close(reason);
        } catch (IOException e) {
            LOG.log(Level.INFO, "Could not close WebSocket {0}: {1}", session.getId(), e.toString());
        }
    }
}
