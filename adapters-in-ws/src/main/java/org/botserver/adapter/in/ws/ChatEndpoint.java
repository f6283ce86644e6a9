package org.botserver.adapter.in.ws;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.lang.System.Logger.Level;
import java.util.Optional;
import org.botserver.application.access.AuthorizeConversation;
import org.botserver.application.access.AdmitStart;
import org.botserver.application.access.Caller;
import org.botserver.application.access.ConversationTokens;
import org.botserver.application.access.IssueConversationToken;
import org.botserver.application.access.MissingCredentialsException;
import org.botserver.application.access.Owners;
import org.botserver.application.access.RateLimitedException;
import org.botserver.application.bot.UnknownBotException;
import org.botserver.application.conversation.ConcurrentTurnException;
import org.botserver.application.conversation.ConversationSummary;
import org.botserver.application.conversation.InvalidCommandException;
import org.botserver.application.conversation.ReadConversation;
import org.botserver.application.conversation.SendMessage;
import org.botserver.application.conversation.SendMessageCommand;
import org.botserver.application.conversation.StartConversation;
import org.botserver.application.conversation.StartConversationCommand;
import org.botserver.application.conversation.TurnResult;
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
@ServerEndpoint(value = "/ws", decoders = ClientFrameDecoder.class, encoders = ServerFrameEncoder.class)
public class ChatEndpoint {

    private static final System.Logger LOG = System.getLogger(ChatEndpoint.class.getName());
    /** Larger frames close the socket (1009); the 64 KiB message rule still answers with an error frame. */
    static final int MAX_FRAME_BYTES = 512 * 1024;

    @Inject
    StartConversation startConversation;
    @Inject
    AdmitStart admitStart;
    @Inject
    SendMessage sendMessage;
    @Inject
    ReadConversation readConversation;
    @Inject
    AuthorizeConversation authorizeConversation;
    @Inject
    IssueConversationToken issueConversationToken;

    private ConversationId conversationId;

    @OnOpen
    public void open(Session session) {
        session.setMaxTextMessageBufferSize(MAX_FRAME_BYTES);
        String botId = parameter(session, "bot_id");
        String sessionId = parameter(session, "session_id");
        Optional<Caller> caller = WsCallers.of(session);
        try {
            if (caller.isEmpty()) {
                refuse(session, "The bearer token carries none of the roles admin, bot-author, user.");
            } else if (sessionId != null) {
                continueConversation(session, authorizeConversation.authorize(caller.get(), sessionId), botId);
            } else if (botId != null) {
                admitStart.admit(caller.get(), botId);
                TurnResult started = startConversation.start(StartConversationCommand.of(botId,
                        owner(caller.get(), parameter(session, "user_id"))));
                conversationId = started.conversationId();
                ConversationTokens.IssuedToken token = issueConversationToken.issue(conversationId);
                Frames.send(session, new ServerFrame.Token(token.value(), token.expiresAt().toString()));
                Frames.deliver(session, started);
            } else {
                refuse(session, "Connect with ?bot_id=<bot> to start a conversation or ?session_id=<id> to continue one.");
            }
        } catch (UnknownBotException | UnknownConversationException | InvalidCommandException
                 | MissingCredentialsException e) {
            refuse(session, e.getMessage());
        }
    }

    /** A signed-in member owns what it starts; an anonymous client may name itself, but never as a member. */
    private static String owner(Caller caller, String requestedUserId) {
        if (caller instanceof Caller.Member member) return member.ownerId();
        if (Owners.claimsMembership(requestedUserId)) {
            throw new InvalidCommandException("A user id starting with 'oidc:' is given by a bearer token only.");
        }
        return requestedUserId;
    }

    @OnMessage
    public void message(ClientFrame frame, Session session) {
        switch (frame) {
            case ClientFrame.Invalid invalid -> Frames.send(session, new ServerFrame.Error(invalid.reason()));
            case ClientFrame.Message message -> answer(session, message.content());
        }
    }

    @OnError
    public void error(Session session, Throwable failure) {
        LOG.log(Level.WARNING, "WebSocket conversation {0} failed: {1}", conversationId, failure.toString());
    }

    private void continueConversation(Session session, ConversationId authorized, String botId) {
        conversationId = authorized;
        String sessionId = authorized.toString();
        ConversationSummary summary = readConversation.read(conversationId);
        if (botId != null && !summary.botId().value().equals(botId)) {
            refuse(session, "Conversation " + sessionId + " is held with bot '" + summary.botId() + "', not '" + botId + "'.");
            return;
        }
        Frames.send(session, Frames.status(summary.status(), summary.id(), summary.botId()));
    }

    private void answer(Session session, String content) {
        try {
            Frames.deliver(session, sendMessage.send(new SendMessageCommand(conversationId, content), new ChunkStream(session)));
        } catch (InvalidCommandException | UnknownConversationException e) {
            Frames.send(session, new ServerFrame.Error(e.getMessage()));
        } catch (RateLimitedException e) {
            Frames.send(session, new ServerFrame.Error(e.getMessage()));
        } catch (ConcurrentTurnException e) {
            Frames.send(session, new ServerFrame.Error(
                    "Another message to this conversation was handled at the same time; send this one again."));
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "Message to conversation " + conversationId + " failed", e);
            Frames.send(session, new ServerFrame.Error("The server could not handle this message. The error has been logged."));
        }
    }

    private static void refuse(Session session, String reason) {
        Frames.send(session, new ServerFrame.Error(reason));
        Frames.close(session, new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "refused"));
    }

    private static String parameter(Session session, String name) {
        return WsCallers.parameter(session.getRequestParameterMap(), name);
    }
}
