package org.botserver.application.bot;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.botserver.domain.basic.SourceFile;
import org.botserver.domain.bot.Bot;
import org.botserver.domain.bot.BotConfig;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.bot.BotLoad;
import org.botserver.domain.bot.BotPackage;

/** Bots compiled from BASIC source written in the test, and a catalog holding them. */
public final class TestBots {

    public static final String HELLO = """
            TALK "Hello! I am the hello bot."
            TALK "What is your name?"
            HEAR name
            TALK "Nice to meet you, " + name + "!"
            """;

    private TestBots() {
    }

    /** A bot whose start dialog is the given source. */
    public static Bot bot(String id, String startSource) {
        BotPackage source = BotPackage.ofDialogs(new BotId(id),
                List.of(new SourceFile(id + ".gbdialog/start.bas", startSource)));
        return switch (Bot.load(source, Instant.EPOCH)) {
            case BotLoad.Loaded(Bot bot) -> bot;
            case BotLoad.Rejected rejected -> throw new IllegalArgumentException(String.join("\n", rejected.problems()));
        };
    }

    /** A bot whose start dialog is the given source and whose config.csv has these rows. */
    public static Bot bot(String id, String startSource, Map<String, String> config) {
        BotPackage source = new BotPackage(new BotId(id), "v1", List.of(new SourceFile(id + ".gbdialog/start.bas", startSource)),
                BotConfig.of(config), List.of(), Optional.empty(), List.of());
        return switch (Bot.load(source, Instant.EPOCH)) {
            case BotLoad.Loaded(Bot bot) -> bot;
            case BotLoad.Rejected rejected -> throw new IllegalArgumentException(String.join("\n", rejected.problems()));
        };
    }

    /** A catalog of the given bots. */
    public static LoadedBots catalog(Bot... bots) {
        return new LoadedBots(Arrays.asList(bots), List.of());
    }
}
