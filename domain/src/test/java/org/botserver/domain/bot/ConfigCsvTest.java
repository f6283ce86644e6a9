package org.botserver.domain.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConfigCsvTest {

    private static ConfigCsv.Parsed parse(String text) {
        return ConfigCsv.parse("hello.gbot/config.csv", text);
    }

    @Test
    void rows_are_read_with_or_without_a_header_and_comments_are_skipped() {
        String body = """
                # the hello bot
                bot-name,Hello Bot

                Welcome-Message , Hi there!
                """;

        assertEquals(parse(body).config(), parse("name,value\n" + body).config());
        assertEquals(Optional.of("Hello Bot"), parse(body).config().text(ConfigKey.BOT_NAME));
        assertEquals(Optional.of("Hi there!"), parse(body).config().text("welcome-message"));
        assertEquals(List.of(), parse(body).problems());
    }

    @Test
    void a_value_may_hold_commas_quoted_or_not() {
        BotConfig config = parse("bot-description,\"Sales, support and \"\"more\"\"\"\nwelcome-message,Hi, how are you?\n").config();

        assertEquals(Optional.of("Sales, support and \"more\""), config.text(ConfigKey.BOT_DESCRIPTION));
        assertEquals(Optional.of("Hi, how are you?"), config.text(ConfigKey.WELCOME_MESSAGE));
    }

    @Test
    void known_keys_are_typed() {
        BotConfig config = parse("llm-temperature,0.7\nmax-tokens,512\nllm-cache,yes\n").config();

        assertEquals(Optional.of(new BigDecimal("0.7")), config.decimal(ConfigKey.LLM_TEMPERATURE));
        assertEquals(Optional.of(512L), config.whole(ConfigKey.MAX_TOKENS));
        assertEquals(Optional.of(true), config.flag(ConfigKey.LLM_CACHE));
        assertEquals(Optional.empty(), config.whole(ConfigKey.HISTORY_LIMIT));
    }

    @Test
    void a_value_of_the_wrong_type_is_a_problem_naming_its_line_and_is_left_out() {
        ConfigCsv.Parsed parsed = parse("bot-name,x\nmax-tokens,lots\n");

        assertEquals(List.of("hello.gbot/config.csv line 2: max-tokens must be a whole number, got 'lots'."), parsed.problems());
        assertEquals(Optional.empty(), parsed.config().text(ConfigKey.MAX_TOKENS));
    }

    @Test
    void a_row_without_a_comma_is_a_problem_and_the_rest_still_counts() {
        ConfigCsv.Parsed parsed = parse("just words\nbot-name,B\nbot-name,C\n");

        assertEquals(List.of("hello.gbot/config.csv line 1: expected name,value.",
                "hello.gbot/config.csv line 3: bot-name is set again; the last value counts."), parsed.problems());
        assertEquals(Optional.of("C"), parsed.config().text(ConfigKey.BOT_NAME));
    }

    @Test
    void param_rows_become_globals_without_the_prefix_and_with_dashes_as_underscores() {
        BotConfig config = parse("param-company,ACME\nparam-max-discount,15\nbot-name,x\n").config();

        assertEquals(Map.of("company", "ACME", "max_discount", "15"), config.params());
    }

    @Test
    void a_param_row_whose_name_no_dialog_could_read_is_a_problem_and_left_out() {
        ConfigCsv.Parsed parsed = parse("param-,x\nparam-1st,x\nparam-a b,x\nparam-ok,y\n");

        assertEquals(Map.of("ok", "y"), parsed.config().params());
        assertEquals(List.of(
                "hello.gbot/config.csv line 1: param- does not name a BASIC variable (letters, digits, _ or -), so no dialog could read it.",
                "hello.gbot/config.csv line 2: param-1st does not name a BASIC variable (letters, digits, _ or -), so no dialog could read it.",
                "hello.gbot/config.csv line 3: param-a b does not name a BASIC variable (letters, digits, _ or -), so no dialog could read it."),
                parsed.problems());
    }

    @Test
    void windows_line_endings_and_a_byte_order_mark_are_accepted() {
        assertEquals(Optional.of("B"), parse("\uFEFFname,value\r\nbot-name,B\r\n").config().text(ConfigKey.BOT_NAME));
    }
}
