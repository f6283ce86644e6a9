package org.botserver.application.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.botserver.domain.basic.SourceFile;
import org.botserver.domain.bot.Bot;
import org.botserver.domain.bot.BotConfig;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.bot.BotLoad;
import org.botserver.domain.bot.BotPackage;
import org.junit.jupiter.api.Test;

/** Where the model's system prompt comes from, in the order the package format promises. */
class SystemPromptTest {

    private static final String START_WITH_BLOCK = """
            BEGIN SYSTEM PROMPT
            You sell shoes.
            END SYSTEM PROMPT
            TALK "Hi"
            """;

    private static Bot bot(String start, Optional<String> promptMd) {
        BotPackage source = new BotPackage(new BotId("shop"), "v1",
                List.of(new SourceFile("shop.gbdialog/start.bas", start)), BotConfig.empty(), List.of(), promptMd,
                List.of());
        return switch (Bot.load(source, Instant.EPOCH)) {
            case BotLoad.Loaded(Bot loaded) -> loaded;
            case BotLoad.Rejected rejected -> throw new AssertionError(rejected.problems());
        };
    }

    @Test
    void prompt_md_comes_first() {
        assertEquals("You are the shop's assistant.",
                SystemPrompt.of(bot(START_WITH_BLOCK, Optional.of("You are the shop's assistant.\n")),
                        TestLlm.settings(), Optional.empty()));
    }

    @Test
    void without_prompt_md_the_start_dialogs_block_is_used() {
        assertEquals("You sell shoes.", SystemPrompt.of(bot(START_WITH_BLOCK, Optional.empty()), TestLlm.settings(),
                Optional.empty()));
    }

    @Test
    void without_either_the_default_is_used_and_the_context_follows() {
        assertEquals(SystemPrompt.DEFAULT + "\n\nContext:\nOpen 9-18.",
                SystemPrompt.of(bot("TALK \"Hi\"", Optional.of("  ")), TestLlm.settings(), Optional.of("Open 9-18.")));
    }
}
