package org.botserver.application.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.botserver.application.conversation.ConversationOverview;
import org.botserver.application.conversation.InMemoryConversationStore;
import org.botserver.application.conversation.InvalidCommandException;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.conversation.Conversation;
import org.botserver.domain.conversation.ConversationId;
import org.junit.jupiter.api.Test;

class ListingConversationsTest {

    private static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");
    private final InMemoryConversationStore store = new InMemoryConversationStore();
    private final ListConversations listing = new ListConversationsService(store);

    private ConversationId stored(String owner) {
        Conversation conversation = Conversation.start(ConversationId.random(), new BotId("hello"), owner, NOW);
        store.saveTurn(conversation, List.of());
        return conversation.id();
    }

    private List<ConversationId> listed(Caller caller, String user) {
        return listing.list(ListConversationsQuery.of(caller, user, null, null)).conversations().stream()
                .map(ConversationOverview::id).toList();
    }

    private static Caller.Member member(String subject, String... roles) {
        return new Caller.Member(subject, Set.of(roles));
    }

    @Test
    void a_member_lists_only_its_own_conversations() {
        ConversationId alices = stored(Owners.ofMember("alice"));
        stored(Owners.ofMember("bob"));
        stored("alice");

        assertEquals(List.of(alices), listed(member("alice", "user"), null));
    }

    @Test
    void a_member_may_name_itself_but_not_another_user() {
        ConversationId alices = stored(Owners.ofMember("alice"));

        assertEquals(List.of(alices), listed(member("alice", "user"), "alice"));
        assertThrows(NotPermittedException.class, () -> listed(member("bob", "user", "bot-author"), "alice"));
    }

    @Test
    void an_admin_lists_any_users_conversations() {
        ConversationId alices = stored(Owners.ofMember("alice"));

        assertEquals(List.of(alices), listed(member("root", "admin"), "alice"));
        assertEquals(List.of(), listed(member("root", "admin"), null));
    }

    @Test
    void without_a_bearer_token_nothing_is_listed() {
        stored(Owners.ofMember("alice"));

        assertThrows(MissingCredentialsException.class, () -> listed(new Caller.Nobody(), null));
        assertThrows(MissingCredentialsException.class, () -> listed(new Caller.TokenHolder("v1.x.y.z"), "alice"));
    }

    @Test
    void a_page_holds_between_one_and_a_hundred_conversations() {
        assertThrows(InvalidCommandException.class, () -> ListConversationsQuery.of(member("a", "user"), null, 0, null));
        assertThrows(InvalidCommandException.class, () -> ListConversationsQuery.of(member("a", "user"), null, 101, null));
    }
}
