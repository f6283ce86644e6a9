package org.botserver.adapter.in.ws;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.lang.System.Logger.Level;
import org.botserver.application.access.RateLimitedException;
import org.botserver.application.conversation.ConcurrentTurnException;
import org.botserver.application.conversation.InvalidCommandException;
import org.botserver.application.conversation.SendMessage;
import org.botserver.application.conversation.SendMessageCommand;
import org.botserver.application.conversation.UnknownConversationException;
import org.botserver.domain.conversation.ConversationId;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;

/**
 * Chat over WebSocket at {@code /ws?bot_id=…} (starts a conversation; a token frame carries its conversation
 * token) or {@code /ws?session_id=…&token=…} (continues one, also one started over REST; a bearer token of its
 * owner at the handshake does too). One endpoint instance per connection; no thread waits between messages.
 */
@PrimaryAdapter
@Dependent // a CDI bean, so Liberty creates each connection's endpoint through CDI and injects the use cases
@ServerEndpoint(value = "/ws", encoders = ServerFrameEncoder.class, configurator = ClientAddress.class)
public class ChatEndpoint {

    private static final System.Logger LOG = System.getLogger(ChatEndpoint.class.getName());
    private static final ClientFrameDecoder DECODER = new ClientFrameDecoder();

    @Inject
    ConversationOpening opening;
    @Inject
    SendMessage sendMessage;
    @Inject
    WebSocketLimits limits;

    private ConversationId conversationId;
    private MessageAssembly assembly;

    @OnOpen
    public void open(Session session) {
        assembly = limits.newMessage();
        conversationId = opening.open(session).orElse(null);
    }

    /** Receives messages in parts, so one that outgrows the limit is refused without being held whole. */
    @OnMessage
    public void message(String part, boolean last, Session session) {
        switch (assembly.add(part, last)) {
            case MessageAssembly.Outcome.Incomplete incomplete -> { }
            case MessageAssembly.Outcome.Complete(String text) -> message(DECODER.decode(text), session);
            case MessageAssembly.Outcome.TooBig(long limitBytes) -> Frames.close(session, new CloseReason(
                    CloseReason.CloseCodes.TOO_BIG, "A message may be at most " + limitBytes / 1024 + " KiB."));
        }
    }

    /** Gives back the client address's connection slot (see {@link ConnectionLimit}). */
    @OnClose
    public void closed(Session session) {
        ClientAddress.of(session).ifPresent(limits.connections()::release);
    }

    @OnError
    public void error(Session session, Throwable failure) {
        LOG.log(Level.WARNING, "WebSocket conversation {0} failed: {1}", conversationId, failure.toString());
    }

    private void message(ClientFrame frame, Session session) {
        switch (frame) {
            case ClientFrame.Invalid invalid -> Frames.send(session, new ServerFrame.Error(invalid.reason()));
            case ClientFrame.Message message -> answer(session, message.content());
        }
    }

    private void answer(Session session, String content) {
        if (conversationId == null) return; // a refused socket is closing; what it still sends is dropped
        try {
            Frames.deliver(session, sendMessage.send(new SendMessageCommand(conversationId, content), new ChunkStream(session)));
        } catch (InvalidCommandException | UnknownConversationException | RateLimitedException e) {
            Frames.send(session, new ServerFrame.Error(e.getMessage()));
        } catch (ConcurrentTurnException e) {
            Frames.send(session, new ServerFrame.Error(
                    "Another message to this conversation was handled at the same time; send this one again."));
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "Message to conversation " + conversationId + " failed", e);
            Frames.send(session, new ServerFrame.Error("The server could not handle this message. The error has been logged."));
        }
    }
}
