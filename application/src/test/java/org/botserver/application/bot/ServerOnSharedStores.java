package org.botserver.application.bot;

import java.time.Clock;
import java.util.List;
import org.botserver.application.conversation.ConversationStore;
import org.botserver.application.conversation.SendMessageCommand;
import org.botserver.application.conversation.SendMessageService;
import org.botserver.application.conversation.StartConversationCommand;
import org.botserver.application.conversation.StartConversationService;
import org.botserver.application.conversation.TurnResult;
import org.botserver.domain.basic.runtime.Limits;
import org.botserver.domain.bot.DialogRetention;
import org.botserver.domain.bot.PackageLimits;
import org.botserver.domain.conversation.Capabilities;
import org.botserver.domain.conversation.Message;

/**
 * One server's bots and conversation use cases on stores that outlive it (packages, dialog versions,
 * conversations), so a test can stop one server and start the next on the same data, as a restart or a second
 * node of a cluster would.
 */
public final class ServerOnSharedStores {

    public final LoadedBots bots = new LoadedBots();
    public final RefreshBots refresh;
    private final StartConversationService start;
    private final SendMessageService send;

    public ServerOnSharedStores(ObjectStore packages, DialogVersions versions, ConversationStore conversations,
                                Clock clock) {
        refresh = new RefreshBotsService(packages, bots, PackageLimits.defaults(), DialogRetention.defaults(), clock,
                (bot, files) -> List.of(), versions);
        refresh.refresh();
        start = new StartConversationService(conversations, bots, clock, Limits.defaults(), Capabilities.none());
        send = new SendMessageService(conversations, bots, clock, Limits.defaults(), Capabilities.none());
    }

    public TurnResult start(String bot) {
        return start.start(StartConversationCommand.of(bot, "ana"));
    }

    public TurnResult answer(TurnResult conversation, String text) {
        return send.send(SendMessageCommand.of(conversation.conversationId().toString(), text));
    }

    public static List<String> said(TurnResult turn) {
        return turn.replies().stream().map(Message::content).toList();
    }
}
