package org.botserver.application.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.conversation.Conversation;
import org.botserver.domain.conversation.ConversationId;
import org.botserver.domain.conversation.ConversationStatus;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ConversationStore} must do when listing a user's conversations; each adapter's test extends
 * this class. Every test uses fresh user ids, so the store may hold other users' conversations.
 */
public abstract class ConversationsByUserContract {

    private static final Instant T0 = Instant.parse("2025-03-01T10:15:30.123456Z");

    protected abstract ConversationStore store();

    private static Instant at(int minutes) {
        return T0.plus(minutes, ChronoUnit.MINUTES);
    }

    private static String newUser() {
        return "user-" + UUID.randomUUID();
    }

    private ConversationId stored(String user, String bot, int startedAt, int lastActivity) {
        Conversation started = Conversation.start(ConversationId.random(), new BotId(bot), user, at(startedAt));
        store().saveTurn(started.afterTurn(ConversationStatus.AWAITING_INPUT, new byte[0], at(lastActivity)), List.of());
        return started.id();
    }

    private static List<ConversationId> ids(ConversationsPage page) {
        return page.conversations().stream().map(ConversationOverview::id).toList();
    }

    @Test
    void a_users_conversations_come_most_recently_active_first_with_bot_and_times() {
        String ana = newUser();
        ConversationId old = stored(ana, "hello", 0, 1);
        ConversationId recent = stored(ana, "shop", 2, 9);
        ConversationId middle = stored(ana, "hello", 3, 5);

        ConversationsPage page = store().listByUser(ana, 10, Optional.empty());

        assertEquals(List.of(recent, middle, old), ids(page));
        assertFalse(page.hasMore());
        ConversationOverview first = page.conversations().getFirst();
        assertEquals(new BotId("shop"), first.botId());
        assertEquals(at(2), first.startedAt());
        assertEquals(at(9), first.lastActivity());
        assertEquals(ConversationStatus.AWAITING_INPUT, first.status());
    }

    @Test
    void another_users_conversations_are_never_listed() {
        String ana = newUser();
        String bob = newUser();
        ConversationId anas = stored(ana, "hello", 0, 1);
        stored(bob, "hello", 0, 2);

        assertEquals(List.of(anas), ids(store().listByUser(ana, 10, Optional.empty())));
    }

    @Test
    void pages_follow_each_other_through_the_last_activity_of_the_previous_page() {
        String ana = newUser();
        ConversationId c1 = stored(ana, "hello", 0, 1);
        ConversationId c2 = stored(ana, "hello", 0, 2);
        ConversationId c3 = stored(ana, "hello", 0, 3);

        ConversationsPage first = store().listByUser(ana, 2, Optional.empty());
        ConversationsPage second = store().listByUser(ana, 2,
                Optional.of(first.conversations().getLast().lastActivity()));

        assertEquals(List.of(c3, c2), ids(first));
        assertTrue(first.hasMore());
        assertEquals(List.of(c1), ids(second));
        assertFalse(second.hasMore());
    }

    @Test
    void a_user_without_conversations_has_an_empty_list() {
        ConversationsPage page = store().listByUser(newUser(), 10, Optional.empty());

        assertTrue(page.conversations().isEmpty());
        assertFalse(page.hasMore());
    }
}
