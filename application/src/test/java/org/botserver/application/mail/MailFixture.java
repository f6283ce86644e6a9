package org.botserver.application.mail;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.botserver.application.bot.LoadedBots;
import org.botserver.domain.basic.SourceFile;
import org.botserver.domain.bot.Bot;
import org.botserver.domain.bot.BotConfig;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.bot.BotLoad;
import org.botserver.domain.bot.BotPackage;

/** Bots with a config.csv, and the queue that puts their mails in an in-memory outbox on a movable clock. */
final class MailFixture {

    static final Instant START = Instant.parse("2026-11-25T09:00:00Z");

    final InMemoryMailOutbox outbox = new InMemoryMailOutbox();
    final MovableClock clock = new MovableClock(START);

    static Bot bot(String id, Map<String, String> config) {
        BotPackage source = new BotPackage(new BotId(id), "v1", List.of(new SourceFile(id + ".gbdialog/start.bas", "TALK \"hi\"")),
                BotConfig.of(config), List.of(), Optional.empty(), List.of());
        return switch (Bot.load(source, Instant.EPOCH)) {
            case BotLoad.Loaded(Bot bot) -> bot;
            case BotLoad.Rejected rejected -> throw new IllegalArgumentException(String.join("\n", rejected.problems()));
        };
    }

    QueueMail queue(Bot... bots) {
        return new QueueMailService(outbox, new LoadedBots(List.of(bots), List.of()), clock);
    }
}
