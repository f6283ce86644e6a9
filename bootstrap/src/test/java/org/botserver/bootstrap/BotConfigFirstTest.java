package org.botserver.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import org.junit.jupiter.api.Test;

/** A bot's config.csv overrides the server-wide settings, key by key. */
class BotConfigFirstTest {

    private static final BotId SHOP = new BotId("shop");

    private final LoadedBots bots = new LoadedBots(List.of(bot(Map.of("llm-model", "shop-model", "llm-url", " "))),
            List.of());
    private final BotConfigFirst settings = new BotConfigFirst(bots,
            (bot, key) -> Optional.of("server-" + key));

    private static Bot bot(Map<String, String> config) {
        BotPackage source = new BotPackage(SHOP, "v1", List.of(new SourceFile("shop.gbdialog/start.bas", "TALK 1")),
                BotConfig.of(config), List.of(), Optional.empty(), List.of());
        return switch (Bot.load(source, Instant.EPOCH)) {
            case BotLoad.Loaded(Bot loaded) -> loaded;
            case BotLoad.Rejected rejected -> throw new AssertionError(rejected.problems());
        };
    }

    @Test
    void the_bots_own_value_wins() {
        assertEquals(Optional.of("shop-model"), settings.value(SHOP, "llm-model"));
    }

    @Test
    void a_key_the_bot_does_not_set_falls_back_to_the_server() {
        assertEquals(Optional.of("server-llm-key"), settings.value(SHOP, "llm-key"));
    }

    @Test
    void a_blank_value_in_config_csv_falls_back_to_the_server() {
        assertEquals(Optional.of("server-llm-url"), settings.value(SHOP, "llm-url"));
    }

    @Test
    void an_unknown_bot_gets_the_server_values() {
        assertEquals(Optional.of("server-llm-model"), settings.value(new BotId("other"), "llm-model"));
    }
}
