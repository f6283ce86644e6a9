package org.botserver.application.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.botserver.domain.basic.runtime.Effect;
import org.botserver.domain.basic.value.TextValue;
import org.botserver.domain.basic.value.Value;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.conversation.CapabilityResult;
import org.botserver.domain.conversation.ConversationId;
import org.botserver.domain.conversation.TurnScope;
import org.botserver.domain.knowledge.KnowledgeBaseId;
import org.junit.jupiter.api.Test;

/** USE WEBSITE "url" [REFRESH "period"]: what the keyword asks of the websites, and what it refuses. */
class UseWebsiteKeywordTest {

    private final List<UseWebsiteCommand> asked = new ArrayList<>();
    private final UseWebsiteKeyword keyword = new UseWebsiteKeyword(command -> {
        asked.add(command);
        return KnowledgeBaseId.of(command.bot(), command.site().collection());
    });
    private final TurnScope shop = new TurnScope(new BotId("shop"), ConversationId.random(), "ana");

    private CapabilityResult use(Value... arguments) {
        return keyword.perform(new Effect.Capability("USE WEBSITE", List.of(arguments)), shop);
    }

    @Test
    void the_site_is_used_with_a_weekly_refresh_and_the_keyword_gives_its_collection() {
        var result = assertInstanceOf(CapabilityResult.Performed.class, use(new TextValue("https://Docs.Example.com/start")));

        assertEquals("docs.example.com", result.value().asText());
        assertEquals(new UseWebsiteCommand(new BotId("shop"), new WebsiteAddress(URI.create("https://Docs.Example.com/start")),
                Duration.ofDays(7)), asked.getFirst());
    }

    @Test
    void refresh_periods_read_in_minutes_hours_days_and_weeks() {
        assertEquals(Duration.ofMinutes(90), UseWebsiteKeyword.period("90m"));
        assertEquals(Duration.ofHours(12), UseWebsiteKeyword.period("12h"));
        assertEquals(Duration.ofDays(3), UseWebsiteKeyword.period("3d"));
        assertEquals(Duration.ofDays(14), UseWebsiteKeyword.period("2W"));

        use(new TextValue("https://docs.example.com"), new TextValue("1d"));
        assertEquals(Duration.ofDays(1), asked.getFirst().refresh());
    }

    @Test
    void a_site_on_another_port_gets_a_collection_of_its_own() {
        assertEquals("localhost-8089", WebsiteAddress.parse("http://localhost:8089/").collection());
        assertEquals("example.com", WebsiteAddress.parse("https://example.com:443/").collection());
    }

    @Test
    void bad_addresses_and_periods_are_refused_plainly() {
        for (String address : List.of("ftp://example.com/", "example.com", "https://user:pw@example.com/", "https://exa mple.com/")) {
            var failed = assertInstanceOf(CapabilityResult.Failed.class, use(new TextValue(address)), address);
            assertTrue(failed.message().startsWith("USE WEBSITE: "), failed.message());
        }
        var tooOften = assertInstanceOf(CapabilityResult.Failed.class, use(new TextValue("https://example.com"), new TextValue("5m")));
        assertTrue(tooOften.message().contains("at least an hour"), tooOften.message());
        assertTrue(use() instanceof CapabilityResult.Failed f && f.message().contains("USE WEBSITE \"https://"));
        assertTrue(asked.isEmpty());
    }
}
