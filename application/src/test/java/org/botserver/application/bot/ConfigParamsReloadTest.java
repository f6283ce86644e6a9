package org.botserver.application.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.botserver.application.conversation.InMemoryConversationStore;
import org.botserver.application.conversation.SendMessage;
import org.botserver.application.conversation.SendMessageCommand;
import org.botserver.application.conversation.SendMessageService;
import org.botserver.application.conversation.StartConversation;
import org.botserver.application.conversation.StartConversationCommand;
import org.botserver.application.conversation.StartConversationService;
import org.botserver.application.conversation.TurnResult;
import org.botserver.domain.basic.runtime.Limits;
import org.botserver.domain.conversation.Capabilities;
import org.botserver.domain.conversation.Message;
import org.junit.jupiter.api.Test;

/** config.csv's param- rows reach the dialogs of a bot loaded from storage, and a reload changes them for new conversations. */
class ConfigParamsReloadTest {

    private final BotsFixture fixture = new BotsFixture();
    private final InMemoryConversationStore conversations = new InMemoryConversationStore();
    private final Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    private final StartConversation start =
            new StartConversationService(conversations, fixture.bots, clock, Limits.defaults(), Capabilities.none());
    private final SendMessage send =
            new SendMessageService(conversations, fixture.bots, clock, Limits.defaults(), Capabilities.none());

    ConfigParamsReloadTest() {
        fixture.store.put("shop", "shop.gbdialog/start.bas", """
                        TALK "Welcome to ${company}"
                        HEAR name
                        TALK "Thanks " + name + ", " + company + " will call you"
                        """)
                .put("shop", "shop.gbot/config.csv", "name,value\nparam-company,Acme\n");
        fixture.refresh.refresh();
    }

    private static List<String> said(TurnResult turn) {
        return turn.replies().stream().map(Message::content).toList();
    }

    @Test
    void a_conversation_greets_with_the_company_from_config_csv() {
        assertEquals(List.of("Welcome to Acme"), said(start.start(StartConversationCommand.of("shop", "ana"))));
    }

    @Test
    void after_config_csv_changes_new_conversations_get_the_new_value_and_a_waiting_one_keeps_its_own() {
        TurnResult waiting = start.start(StartConversationCommand.of("shop", "ana"));
        fixture.store.put("shop", "shop.gbot/config.csv", "name,value\nparam-company,Initech\n");
        fixture.refresh.refresh();

        assertEquals(List.of("Welcome to Initech"), said(start.start(StartConversationCommand.of("shop", "bo"))));
        assertEquals(List.of("Thanks Ana, Acme will call you"),
                said(send.send(SendMessageCommand.of(waiting.conversationId().toString(), "Ana"))));
    }
}
