package org.botserver.domain.conversation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.botserver.domain.basic.SourceFile;
import org.botserver.domain.bot.Bot;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.bot.BotLoad;
import org.botserver.domain.bot.BotPackage;

/** Builds bots from dialog sources given as name/text pairs, for the conversation tests. */
final class TestBots {

    private TestBots() {
    }

    static Bot bot(String... nameThenSource) {
        List<SourceFile> files = new ArrayList<>();
        for (int i = 0; i < nameThenSource.length; i += 2) {
            files.add(new SourceFile("t.gbdialog/" + nameThenSource[i] + ".bas", nameThenSource[i + 1]));
        }
        return switch (Bot.load(BotPackage.ofDialogs(new BotId("t"), files), Instant.EPOCH)) {
            case BotLoad.Loaded(Bot bot) -> bot;
            case BotLoad.Rejected rejected -> throw new AssertionError(rejected.problems());
        };
    }

    static TurnScope scope() {
        return new TurnScope(new BotId("t"), ConversationId.random(), "u");
    }
}
