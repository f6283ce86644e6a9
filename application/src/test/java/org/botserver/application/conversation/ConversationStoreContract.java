package org.botserver.application.conversation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.conversation.Conversation;
import org.botserver.domain.conversation.ConversationId;
import org.botserver.domain.conversation.ConversationStatus;
import org.botserver.domain.conversation.Message;
import org.botserver.domain.conversation.Sender;
import org.botserver.domain.conversation.SessionSettings;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ConversationStore} must do; each adapter's test extends this class and supplies the
 * store. Instants are whole microseconds because that is what SQL timestamps keep.
 */
public abstract class ConversationStoreContract {

    protected static final Instant T0 = Instant.parse("2025-03-01T10:15:30.123456Z");

    /** The store under test; tests use fresh random ids, so it may already hold other conversations. */
    protected abstract ConversationStore store();

    private final BotId hello = new BotId("hello");

    private Conversation newConversation() {
        return Conversation.start(ConversationId.random(), hello, "anon-1", T0);
    }

    private static Instant at(int micros) { return T0.plus(micros, ChronoUnit.MICROS); }

    @Test
    void an_unknown_conversation_is_not_found() {
        assertEquals(Optional.empty(), store().find(ConversationId.random()));
    }

    @Test
    void a_new_conversation_is_stored_with_version_one_and_all_its_fields() {
        ConversationStore store = store();
        byte[] state = {1, 2, 3, 0, -1};
        Conversation saved = newConversation().afterTurn(ConversationStatus.AWAITING_INPUT, state, at(5));
        store.saveTurn(saved, List.of());

        Conversation found = store.find(saved.id()).orElseThrow();
        assertEquals(saved.id(), found.id());
        assertEquals(hello, found.botId());
        assertEquals("anon-1", found.userId());
        assertEquals(ConversationStatus.AWAITING_INPUT, found.status());
        assertArrayEquals(state, found.dialogState());
        assertEquals(T0, found.startedAt());
        assertEquals(at(5), found.updatedAt());
        assertEquals(1, found.version());
    }

    @Test
    void a_conversation_without_dialog_state_comes_back_with_an_empty_state() {
        ConversationStore store = store();
        Conversation ended = newConversation().afterTurn(ConversationStatus.ENDED, new byte[0], at(1));
        store.saveTurn(ended, List.of());

        assertArrayEquals(new byte[0], store.find(ended.id()).orElseThrow().dialogState());
    }

    @Test
    void a_later_turn_updates_status_state_and_time_and_bumps_the_version() {
        ConversationStore store = store();
        Conversation first = newConversation().afterTurn(ConversationStatus.AWAITING_INPUT, new byte[] {1}, at(1));
        store.saveTurn(first, List.of());
        Conversation loaded = store.find(first.id()).orElseThrow();

        store.saveTurn(loaded.afterTurn(ConversationStatus.ENDED, new byte[] {9, 9}, at(7)), List.of());

        Conversation found = store.find(first.id()).orElseThrow();
        assertEquals(ConversationStatus.ENDED, found.status());
        assertArrayEquals(new byte[] {9, 9}, found.dialogState());
        assertEquals(at(7), found.updatedAt());
        assertEquals(2, found.version());
    }

    @Test
    void the_session_settings_are_saved_with_the_turn_and_changed_by_later_turns() {
        ConversationStore store = store();
        SessionSettings set = new SessionSettings(List.of("weather", "create-ticket", "ação"),
                Optional.of("The user is a premium customer.\nSpeak Portuguese."), List.of("manuals", "políticas"));
        Conversation first = newConversation().afterTurn(ConversationStatus.ENDED, new byte[0], set, at(1));
        store.saveTurn(first, List.of());
        Conversation loaded = store.find(first.id()).orElseThrow();
        assertEquals(set, loaded.session());

        store.saveTurn(loaded.afterTurn(ConversationStatus.ENDED, new byte[0], set.withoutTools().withContext("").clearingKnowledgeBase(Optional.empty()), at(2)),
                List.of());

        assertEquals(SessionSettings.none(), store.find(loaded.id()).orElseThrow().session());
    }

    @Test
    void a_conversation_saved_without_session_settings_has_none() {
        ConversationStore store = store();
        Conversation plain = newConversation().afterTurn(ConversationStatus.ENDED, new byte[0], at(1));
        store.saveTurn(plain, List.of());

        assertEquals(SessionSettings.none(), store.find(plain.id()).orElseThrow().session());
    }

    @Test
    void a_turn_on_a_stale_version_is_refused_and_writes_nothing() {
        ConversationStore store = store();
        Conversation first = newConversation().afterTurn(ConversationStatus.AWAITING_INPUT, new byte[] {1}, at(1));
        store.saveTurn(first, List.of(Message.fromBot(first.id(), "hi", at(1))));
        Conversation loaded = store.find(first.id()).orElseThrow();
        store.saveTurn(loaded.afterTurn(ConversationStatus.AWAITING_INPUT, new byte[] {2}, at(2)),
                List.of(Message.fromUser(first.id(), "winner", at(2))));

        Conversation stale = loaded.afterTurn(ConversationStatus.ENDED, new byte[] {3}, at(3));
        List<Message> lost = List.of(Message.fromUser(first.id(), "loser", at(3)));
        assertThrows(ConcurrentTurnException.class, () -> store.saveTurn(stale, lost));

        Conversation found = store.find(first.id()).orElseThrow();
        assertEquals(2, found.version());
        assertArrayEquals(new byte[] {2}, found.dialogState());
        assertEquals(List.of("hi", "winner"), contents(store.history(first.id(), 10, Optional.empty())));
    }

    @Test
    void starting_the_same_conversation_twice_is_refused() {
        ConversationStore store = store();
        Conversation conversation = newConversation();
        store.saveTurn(conversation, List.of());

        assertThrows(ConcurrentTurnException.class, () -> store.saveTurn(conversation, List.of()));
        assertEquals(1, store.find(conversation.id()).orElseThrow().version());
    }

    @Test
    void messages_are_stored_in_order_with_all_their_fields() {
        ConversationStore store = store();
        Conversation conversation = newConversation();
        Message user = Message.fromUser(conversation.id(), "Hello, 世界 ✓", at(1));
        Message bot = new Message(Message.fromBot(conversation.id(), "x", at(2)).id(), conversation.id(),
                Sender.BOT, "What is your name?", at(2), 12);
        store.saveTurn(conversation, List.of(user, bot));

        HistoryPage page = store.history(conversation.id(), 10, Optional.empty());
        assertEquals(List.of(user, bot), page.messages());
        assertFalse(page.hasMore());
    }

    @Test
    void history_returns_the_newest_messages_in_chronological_order_and_says_older_ones_exist() {
        ConversationStore store = store();
        Conversation conversation = newConversation();
        store.saveTurn(conversation, numbered(conversation.id(), 5));

        HistoryPage page = store.history(conversation.id(), 3, Optional.empty());
        assertEquals(List.of("m2", "m3", "m4"), contents(page));
        assertTrue(page.hasMore());
    }

    @Test
    void history_before_an_instant_returns_only_strictly_older_messages() {
        ConversationStore store = store();
        Conversation conversation = newConversation();
        store.saveTurn(conversation, numbered(conversation.id(), 5));

        HistoryPage page = store.history(conversation.id(), 2, Optional.of(at(3)));
        assertEquals(List.of("m1", "m2"), contents(page));
        assertTrue(page.hasMore());

        HistoryPage first = store.history(conversation.id(), 2, Optional.of(at(1)));
        assertEquals(List.of("m0"), contents(first));
        assertFalse(first.hasMore());
    }

    @Test
    void history_spans_several_turns_and_keeps_conversations_apart() {
        ConversationStore store = store();
        Conversation one = newConversation();
        Conversation other = newConversation();
        store.saveTurn(one, List.of(Message.fromBot(one.id(), "one-a", at(1))));
        store.saveTurn(other, List.of(Message.fromBot(other.id(), "other", at(2))));
        Conversation loaded = store.find(one.id()).orElseThrow();
        store.saveTurn(loaded.afterTurn(ConversationStatus.ENDED, new byte[0], at(3)),
                List.of(Message.fromUser(one.id(), "one-b", at(3)), Message.fromBot(one.id(), "one-c", at(4))));

        assertEquals(List.of("one-a", "one-b", "one-c"), contents(store.history(one.id(), 50, Optional.empty())));
        assertEquals(List.of("other"), contents(store.history(other.id(), 50, Optional.empty())));
    }

    @Test
    void history_of_an_unknown_conversation_is_empty() {
        HistoryPage page = store().history(ConversationId.random(), 10, Optional.empty());
        assertTrue(page.messages().isEmpty());
        assertFalse(page.hasMore());
    }

    private static List<Message> numbered(ConversationId id, int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> i % 2 == 0 ? Message.fromUser(id, "m" + i, at(i)) : Message.fromBot(id, "m" + i, at(i)))
                .toList();
    }

    private static List<String> contents(HistoryPage page) {
        return page.messages().stream().map(Message::content).toList();
    }
}
