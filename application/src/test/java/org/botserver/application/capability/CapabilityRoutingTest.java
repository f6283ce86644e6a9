package org.botserver.application.capability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.botserver.application.bot.TestBots;
import org.botserver.application.conversation.InMemoryConversationStore;
import org.botserver.application.conversation.StartConversationCommand;
import org.botserver.application.conversation.StartConversationService;
import org.botserver.application.conversation.TurnResult;
import org.botserver.domain.basic.runtime.Effect;
import org.botserver.domain.basic.runtime.Limits;
import org.botserver.domain.basic.value.TextValue;
import org.botserver.domain.conversation.CapabilityResult;
import org.botserver.domain.conversation.ConversationStatus;
import org.botserver.domain.conversation.Message;
import org.botserver.domain.conversation.TurnScope;
import org.junit.jupiter.api.Test;

/** A capability keyword reaches the handler that declared it, and its result flows back into the dialog. */
class CapabilityRoutingTest {

    private final InMemoryConversationStore store = new InMemoryConversationStore();
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);

    /** Answers LLM prompts by shouting them back, and records who asked. */
    private static final class EchoModel implements CapabilityHandler {
        final List<TurnScope> scopes = new ArrayList<>();

        @Override public Set<String> keywords() { return Set.of("LLM"); }

        @Override public CapabilityResult perform(Effect.Capability capability, TurnScope scope) {
            scopes.add(scope);
            return new CapabilityResult.Performed(
                    new TextValue(capability.arguments().getFirst().asText().toUpperCase()), List.of("(thinking)"));
        }
    }

    private TurnResult start(CapabilityRegistry registry, String source) {
        return new StartConversationService(store, TestBots.catalog(TestBots.bot("b", source)), clock,
                Limits.defaults(), registry).start(StartConversationCommand.of("b", "ana"));
    }

    @Test
    void the_handlers_result_becomes_the_keywords_value_and_its_replies_are_said_first() {
        EchoModel model = new EchoModel();

        TurnResult turn = start(new CapabilityRegistry(List.of(model)), "answer = LLM \"tell me\"\nTALK answer");

        assertEquals(List.of("(thinking)", "TELL ME"), turn.replies().stream().map(Message::content).toList());
        assertEquals(ConversationStatus.ENDED, turn.status());
        assertEquals("ana", model.scopes.getFirst().userId());
        assertEquals(turn.conversationId(), model.scopes.getFirst().conversationId());
    }

    @Test
    void a_keyword_nobody_handles_is_named_to_the_user() {
        TurnResult turn = start(new CapabilityRegistry(List.of(new EchoModel())), "SEND MAIL \"a@b.c\", \"s\", \"b\"");

        assertTrue(turn.replies().getFirst().content().startsWith("SEND MAIL is not available"));
    }

    @Test
    void a_failing_capability_ends_the_dialog_with_a_plain_reply() {
        CapabilityHandler broken = new CapabilityHandler() {
            @Override public Set<String> keywords() { return Set.of("GET"); }

            @Override public CapabilityResult perform(Effect.Capability capability, TurnScope scope) {
                return new CapabilityResult.Failed("the address 10.0.0.1 is private");
            }
        };

        TurnResult turn = start(new CapabilityRegistry(List.of(broken)), "x = GET \"http://10.0.0.1/\"\nTALK x");

        assertEquals(ConversationStatus.ENDED, turn.status());
        assertEquals(1, turn.replies().size());
    }

    @Test
    void two_handlers_may_not_claim_the_same_keyword() {
        assertThrows(IllegalArgumentException.class,
                () -> new CapabilityRegistry(List.of(new EchoModel(), new EchoModel())));
    }
}
