package org.botserver.domain.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.botserver.domain.basic.SourceFile;
import org.botserver.domain.basic.runtime.Limits;
import org.botserver.domain.basic.value.TextValue;
import org.botserver.domain.bot.Bot;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.bot.BotLoad;
import org.botserver.domain.bot.BotPackage;
import org.botserver.domain.bot.ConfigCsv;
import org.botserver.domain.bot.DialogRetention;
import org.junit.jupiter.api.Test;

/** A bot's config.csv param- rows are variables its dialogs start with, in conversations and tool calls. */
class ConfigParamsTurnTest {

    private static final BotId SHOP = new BotId("shop");
    private static final List<SourceFile> DIALOGS = List.of(
            new SourceFile("shop.gbdialog/start.bas", """
                    TALK "Welcome to ${company}"
                    HEAR name
                    TALK "Bye " + name + " from " + company
                    """),
            new SourceFile("shop.gbdialog/quote.bas", """
                    PARAM item AS STRING DESCRIPTION "What to quote"
                    DESCRIPTION "Quotes a price"
                    RETURN company + " quotes " + item + " with " + VAL(max_discount) + "% off"
                    """));

    private static BotPackage shop(String configCsv) {
        ConfigCsv.Parsed config = ConfigCsv.parse("shop.gbot/config.csv", configCsv);
        return new BotPackage(SHOP, configCsv, DIALOGS, config.config(), config.problems(), Optional.empty(), List.of());
    }

    private static Bot loaded(BotPackage source) {
        return switch (Bot.load(source, Instant.EPOCH)) {
            case BotLoad.Loaded(Bot bot) -> bot;
            case BotLoad.Rejected rejected -> throw new AssertionError(rejected.problems());
        };
    }

    private static TurnOutcome start(Bot bot) {
        return DialogTurn.start(bot, Limits.defaults(), Capabilities.none(), TestBots.scope());
    }

    @Test
    void the_start_dialog_greets_with_the_company_from_config_csv() {
        Bot bot = loaded(shop("name,value\nparam-company,Acme\n"));

        assertEquals(List.of("Welcome to Acme"), start(bot).replies());
    }

    @Test
    void a_conversation_waiting_in_hear_keeps_the_values_it_started_with_after_config_csv_changes() {
        Bot before = loaded(shop("param-company,Acme\n"));
        TurnOutcome waiting = start(before);
        Bot after = before.revise(shop("param-company,Initech\n"), Instant.EPOCH.plusSeconds(5),
                DialogRetention.defaults());

        TurnOutcome resumed = DialogTurn.resume(after, waiting.dialogState(), "Ana", Limits.defaults(),
                Capabilities.none(), TestBots.scope());

        assertEquals(List.of("Bye Ana from Acme"), resumed.replies());
        assertEquals(List.of("Welcome to Initech"), start(after).replies());
    }

    @Test
    void a_tool_reads_the_params_and_a_dashed_name_becomes_an_underscore() {
        Bot bot = loaded(shop("param-company,Acme\nparam-max-discount,15\n"));

        ToolOutcome outcome = DialogTurn.callTool(bot, "quote", Map.of("item", new TextValue("a laptop")),
                SessionSettings.none(), Limits.defaults(), Capabilities.none(), TestBots.scope());

        assertEquals("Acme quotes a laptop with 15% off",
                assertInstanceOf(ToolOutcome.Returned.class, outcome.end()).result().asText());
    }
}
