package org.botserver.application.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.botserver.application.conversation.InMemoryConversationStore;
import org.botserver.application.conversation.UnknownConversationException;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.conversation.Conversation;
import org.botserver.domain.conversation.ConversationId;
import org.junit.jupiter.api.Test;

class ConversationOwnershipTest {

    private static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");
    private final InMemoryConversationStore store = new InMemoryConversationStore();
    private final ConversationAccessService access = new ConversationAccessService(store,
            new ConversationTokens(new TestSignature("k"), Duration.ofMinutes(30)), Clock.fixed(NOW, ZoneOffset.UTC));

    private ConversationId stored(String owner) {
        Conversation conversation = Conversation.start(ConversationId.random(), new BotId("hello"), owner, NOW);
        store.saveTurn(conversation, List.of());
        return conversation.id();
    }

    private static Caller.Member member(String subject, String... roles) {
        return new Caller.Member(subject, Set.of(roles));
    }

    @Test
    void the_holder_of_a_conversations_token_may_use_it() {
        ConversationId id = stored("anon-1");
        String token = access.issue(id).value();

        assertEquals(id, access.authorize(new Caller.TokenHolder(token), id.toString()));
    }

    @Test
    void a_token_of_one_conversation_does_not_open_another() {
        ConversationId mine = stored("anon-1");
        ConversationId theirs = stored("anon-2");
        String token = access.issue(mine).value();

        assertThrows(UnknownConversationException.class,
                () -> access.authorize(new Caller.TokenHolder(token), theirs.toString()));
    }

    @Test
    void a_member_may_use_its_own_conversations_only() {
        ConversationId alices = stored(Owners.ofMember("alice"));

        assertEquals(alices, access.authorize(member("alice", "user"), alices.toString()));
        assertThrows(UnknownConversationException.class,
                () -> access.authorize(member("bob", "user"), alices.toString()));
    }

    @Test
    void a_member_cannot_take_over_an_anonymous_conversation_by_its_id() {
        ConversationId anonymous = stored("anon-1");

        assertThrows(UnknownConversationException.class,
                () -> access.authorize(member("anon-1", "user"), anonymous.toString()));
    }

    @Test
    void an_admin_may_use_any_conversation() {
        ConversationId anonymous = stored("anon-1");

        assertEquals(anonymous, access.authorize(member("root", "admin"), anonymous.toString()));
    }

    @Test
    void a_refusal_looks_the_same_as_an_unknown_conversation() {
        ConversationId alices = stored(Owners.ofMember("alice"));
        String unknown = ConversationId.random().toString();

        var refused = assertThrows(UnknownConversationException.class,
                () -> access.authorize(member("bob"), alices.toString()));
        var missing = assertThrows(UnknownConversationException.class, () -> access.authorize(member("bob"), unknown));
        assertEquals(refused.getMessage().replace(alices.toString(), "ID"), missing.getMessage().replace(unknown, "ID"));
    }

    @Test
    void a_caller_without_any_token_is_asked_for_one_whether_or_not_the_conversation_exists() {
        ConversationId id = stored("anon-1");

        assertThrows(MissingCredentialsException.class, () -> access.authorize(new Caller.Nobody(), id.toString()));
        assertThrows(MissingCredentialsException.class,
                () -> access.authorize(new Caller.Nobody(), ConversationId.random().toString()));
    }
}
