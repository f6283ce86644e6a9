package org.botserver.application.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.botserver.domain.conversation.ConversationId;
import org.junit.jupiter.api.Test;

class ConversationTokensTest {

    private static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");
    private final ConversationTokens tokens = new ConversationTokens(new TestSignature("one"), Duration.ofMinutes(30));
    private final ConversationId conversation = ConversationId.random();

    @Test
    void a_fresh_token_names_its_conversation() {
        ConversationTokens.IssuedToken token = tokens.issue(conversation, NOW);

        assertEquals(Optional.of(conversation), tokens.verify(token.value(), NOW.plusSeconds(60)));
        assertEquals(NOW.plus(Duration.ofMinutes(30)), token.expiresAt());
    }

    @Test
    void an_expired_token_is_refused() {
        String token = tokens.issue(conversation, NOW).value();

        assertTrue(tokens.verify(token, NOW.plus(Duration.ofMinutes(30))).isEmpty());
    }

    @Test
    void a_token_with_another_conversation_id_swapped_in_is_refused() {
        String token = tokens.issue(conversation, NOW).value();
        String swapped = token.replace(conversation.toString(), ConversationId.random().toString());

        assertTrue(tokens.verify(swapped, NOW).isEmpty());
    }

    @Test
    void a_token_with_a_later_expiry_written_in_is_refused() {
        String token = tokens.issue(conversation, NOW).value();
        long expiry = NOW.plus(Duration.ofMinutes(30)).getEpochSecond();
        String extended = token.replace("." + expiry + ".", "." + (expiry + 86_400) + ".");

        assertTrue(tokens.verify(extended, NOW).isEmpty());
    }

    @Test
    void a_token_signed_with_another_secret_is_refused() {
        String foreign = new ConversationTokens(new TestSignature("two"), Duration.ofMinutes(30)).issue(conversation, NOW).value();

        assertTrue(tokens.verify(foreign, NOW).isEmpty());
    }

    @Test
    void garbage_is_refused_without_failing() {
        for (String garbage : new String[] {"", ".", "v1", "v1.x.y.z", "a.b.c.d.e", "v1..." }) {
            assertTrue(tokens.verify(garbage, NOW).isEmpty(), garbage);
        }
    }
}
