package org.botserver.adapter.in.ws;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.util.Optional;
import org.botserver.application.access.AdmitStart;
import org.botserver.application.access.AuthorizeConversation;
import org.botserver.application.access.Caller;
import org.botserver.application.access.ConversationTokens;
import org.botserver.application.access.IssueConversationToken;
import org.botserver.application.access.MissingCredentialsException;
import org.botserver.application.access.Owners;
import org.botserver.application.bot.UnknownBotException;
import org.botserver.application.conversation.ConversationSummary;
import org.botserver.application.conversation.InvalidCommandException;
import org.botserver.application.conversation.ReadConversation;
import org.botserver.application.conversation.StartConversation;
import org.botserver.application.conversation.StartConversationCommand;
import org.botserver.application.conversation.TurnResult;
import org.botserver.application.conversation.UnknownConversationException;
import org.botserver.domain.conversation.ConversationId;

/** What a new socket asked for at the handshake: a started conversation, a continued one, or a refusal that closes it. */
@Dependent
class ConversationOpening {

    @Inject
    StartConversation startConversation;
    @Inject
    AdmitStart admitStart;
    @Inject
    ReadConversation readConversation;
    @Inject
    AuthorizeConversation authorizeConversation;
    @Inject
    IssueConversationToken issueConversationToken;

    /** The conversation the socket now talks in; empty when it was refused and closed. */
    Optional<ConversationId> open(Session session) {
        String botId = parameter(session, "bot_id");
        String sessionId = parameter(session, "session_id");
        Optional<Caller> caller = WsCallers.of(session);
        try {
            if (caller.isEmpty()) {
                return refuse(session, "The bearer token carries none of the roles admin, bot-author, user.");
            } else if (sessionId != null) {
                return continueConversation(session, authorizeConversation.authorize(caller.get(), sessionId), botId);
            } else if (botId != null) {
                admitStart.admit(caller.get(), botId);
                TurnResult started = startConversation.start(StartConversationCommand.of(botId,
                        owner(caller.get(), parameter(session, "user_id"))));
                ConversationTokens.IssuedToken token = issueConversationToken.issue(started.conversationId());
                Frames.send(session, new ServerFrame.Token(token.value(), token.expiresAt().toString()));
                Frames.deliver(session, started);
                return Optional.of(started.conversationId());
            }
            return refuse(session, "Connect with ?bot_id=<bot> to start a conversation or ?session_id=<id> to continue one.");
        } catch (UnknownBotException | UnknownConversationException | InvalidCommandException
                 | MissingCredentialsException e) {
            return refuse(session, e.getMessage());
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

    private Optional<ConversationId> continueConversation(Session session, ConversationId authorized, String botId) {
        ConversationSummary summary = readConversation.read(authorized);
        if (botId != null && !summary.botId().value().equals(botId)) {
            return refuse(session, "Conversation " + authorized + " is held with bot '" + summary.botId() + "', not '"
                    + botId + "'.");
        }
        Frames.send(session, Frames.status(summary.status(), summary.id(), summary.botId()));
        return Optional.of(authorized);
    }

    private static Optional<ConversationId> refuse(Session session, String reason) {
        Frames.send(session, new ServerFrame.Error(reason));
        Frames.close(session, new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "refused"));
        return Optional.empty();
    }

    private static String parameter(Session session, String name) {
        return WsCallers.parameter(session.getRequestParameterMap(), name);
    }
}
