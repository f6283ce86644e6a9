package org.botserver.domain.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.botserver.domain.basic.SourceFile;
import org.botserver.domain.basic.runtime.Limits;
import org.botserver.domain.bot.Bot;
import org.botserver.domain.bot.BotConfig;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.bot.BotLoad;
import org.botserver.domain.bot.BotPackage;
import org.junit.jupiter.api.Test;

class KnowledgeBaseKeywordsTest {

    private static Bot botWithCollections(String start, String... collections) {
        var source = new BotPackage(new BotId("t"), "v1", List.of(new SourceFile("t.gbdialog/start.bas", start)),
                BotConfig.empty(), List.of(), Optional.empty(), List.of(collections));
        return switch (Bot.load(source, Instant.EPOCH)) {
            case BotLoad.Loaded(Bot bot) -> bot;
            case BotLoad.Rejected rejected -> throw new AssertionError(rejected.problems());
        };
    }

    private static TurnOutcome start(Bot bot) {
        return DialogTurn.start(bot, Limits.defaults(), Capabilities.none(), TestBots.scope());
    }

    @Test
    void use_kb_grounds_the_session_in_each_collection_once_under_its_folder_name() {
        Bot bot = botWithCollections("USE KB \"Manuals\"\nUSE KB \"policies\"\nUSE KB \"manuals\"\nTALK \"ready\"", "manuals", "policies");

        TurnOutcome outcome = start(bot);

        assertEquals(List.of("ready"), outcome.replies());
        assertEquals(List.of("manuals", "policies"), outcome.session().knowledgeBases());
    }

    @Test
    void clear_kb_with_a_name_drops_that_one_and_without_drops_all() {
        Bot bot = botWithCollections("USE KB \"manuals\"\nUSE KB \"policies\"\nCLEAR KB \"manuals\"", "manuals", "policies");
        assertEquals(List.of("policies"), start(bot).session().knowledgeBases());

        Bot clearing = botWithCollections("USE KB \"manuals\"\nUSE KB \"policies\"\nCLEAR KB", "manuals", "policies");
        assertEquals(List.of(), start(clearing).session().knowledgeBases());
    }

    @Test
    void using_a_collection_the_bot_does_not_have_ends_the_dialog_plainly() {
        TurnOutcome outcome = start(botWithCollections("USE KB \"missing\"\nTALK \"never\"", "manuals"));

        assertEquals(List.of(DialogTurn.FAILURE_REPLY), outcome.replies());
        assertTrue(outcome.problem().orElseThrow().contains("no knowledge base named \"missing\""), outcome.problem().toString());
    }

    @Test
    void a_capability_sees_the_knowledge_bases_the_session_uses_at_that_moment() {
        Bot bot = botWithCollections("USE KB \"manuals\"\nhits = THINK KB \"warranty\"\nCLEAR KB\nhits = THINK KB \"again\"",
                "manuals");
        List<List<String>> seen = new java.util.ArrayList<>();
        Capabilities recording = (capability, scope) -> {
            seen.add(scope.knowledgeBases());
            return new CapabilityResult.Performed(org.botserver.domain.basic.value.NullValue.NULL);
        };

        DialogTurn.start(bot, Limits.defaults(), recording, TestBots.scope());

        assertEquals(List.of(List.of("manuals"), List.of()), seen);
    }

    @Test
    void use_website_grounds_the_session_in_the_site_collection_before_its_pages_arrive() {
        Bot bot = botWithCollections("USE WEBSITE \"https://docs.example.com\" REFRESH \"1w\"\nTALK \"ready\"", "manuals");
        List<List<org.botserver.domain.basic.value.Value>> asked = new java.util.ArrayList<>();
        Capabilities websites = (capability, scope) -> {
            asked.add(capability.arguments());
            return new CapabilityResult.Performed(new org.botserver.domain.basic.value.TextValue("docs_example_com"));
        };

        TurnOutcome outcome = DialogTurn.start(bot, Limits.defaults(), websites, TestBots.scope());

        assertEquals(List.of("ready"), outcome.replies());
        assertEquals(List.of("docs_example_com"), outcome.session().knowledgeBases());
        assertEquals(List.of("https://docs.example.com", "1w"), asked.getFirst().stream().map(v -> v.asText()).toList());
    }

    @Test
    void tools_and_context_are_kept_when_knowledge_bases_change() {
        SessionSettings session = SessionSettings.none().withTool("weather").withContext("ctx").usingKnowledgeBase("manuals");

        assertEquals(new SessionSettings(List.of("weather"), Optional.of("ctx"), List.of("manuals")), session);
        assertEquals(List.of("weather"), session.clearingKnowledgeBase(Optional.empty()).tools());
        assertEquals(List.of("manuals"), session.withoutTools().withContext("").knowledgeBases());
    }
}
