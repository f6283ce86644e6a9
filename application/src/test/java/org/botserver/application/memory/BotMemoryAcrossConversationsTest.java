package org.botserver.application.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.botserver.application.bot.LoadedBots;
import org.botserver.application.bot.TestBots;
import org.botserver.application.capability.CapabilityRegistry;
import org.botserver.application.conversation.InMemoryConversationStore;
import org.botserver.application.conversation.StartConversation;
import org.botserver.application.conversation.StartConversationCommand;
import org.botserver.application.conversation.StartConversationService;
import org.botserver.domain.basic.runtime.Limits;
import org.botserver.domain.conversation.Message;
import org.junit.jupiter.api.Test;

/** What one conversation keeps with SET BOT MEMORY and SET USER MEMORY, later conversations read. */
class BotMemoryAcrossConversationsTest {

    private final InMemoryMemoryStore memory = new InMemoryMemoryStore();
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
    private final CapabilityRegistry capabilities = new CapabilityRegistry(
            List.of(new MemoryKeywordsHandler(memory, clock), new SessionGetHandler()));

    private StartConversation starting(String... sourceByBot) {
        LoadedBots bots = TestBots.catalog(java.util.stream.IntStream.range(0, sourceByBot.length / 2)
                .mapToObj(i -> TestBots.bot(sourceByBot[2 * i], sourceByBot[2 * i + 1]))
                .toArray(org.botserver.domain.bot.Bot[]::new));
        return new StartConversationService(new InMemoryConversationStore(), bots, clock, Limits.defaults(), capabilities);
    }

    private static List<String> replies(StartConversation start, String bot, String user) {
        return start.start(StartConversationCommand.of(bot, user)).replies().stream().map(Message::content).toList();
    }

    @Test
    void a_count_in_bot_memory_grows_with_every_conversation_of_any_user() {
        StartConversation start = starting("counter", """
                n = GET BOT MEMORY("visits")
                IF ISNULL(n) THEN n = 0
                SET BOT MEMORY "visits", n + 1
                TALK "visit " & (n + 1)
                """);

        assertEquals(List.of("visit 1"), replies(start, "counter", "ana"));
        assertEquals(List.of("visit 2"), replies(start, "counter", "bob"));
        assertEquals(List.of("visit 3"), replies(start, "counter", "ana"));
    }

    @Test
    void user_memory_set_with_one_bot_is_read_by_another_bot_for_the_same_user_only() {
        StartConversation start = starting(
                "setter", "SET USER MEMORY \"lang\", \"pt\"\nTALK \"kept\"",
                "reader", "lang = GET USER MEMORY(\"lang\")\nTALK \"lang: \" & ISNULL(lang) & \" \" & lang");

        replies(start, "setter", "ana");

        assertEquals(List.of("lang: FALSE pt"), replies(start, "reader", "ana"));
        assertEquals(List.of("lang: TRUE "), replies(start, "reader", "bob"));
    }

    @Test
    void an_object_kept_in_memory_comes_back_with_its_fields() {
        StartConversation start = starting(
                "shop", "SET BOT MEMORY \"hours\", { open: 9, close: 18 }\nh = GET BOT MEMORY(\"hours\")\n"
                        + "TALK \"open \" & h.open & \"-\" & h.close");

        assertEquals(List.of("open 9-18"), replies(start, "shop", "ana"));
    }
}
