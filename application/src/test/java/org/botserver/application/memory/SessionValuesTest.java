package org.botserver.application.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.botserver.domain.basic.runtime.Effect;
import org.botserver.domain.basic.value.NullValue;
import org.botserver.domain.basic.value.TextValue;
import org.botserver.domain.basic.value.Value;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.conversation.CapabilityResult;
import org.botserver.domain.conversation.ConversationId;
import org.botserver.domain.conversation.TurnScope;
import org.junit.jupiter.api.Test;

/** GET "session.…" reads what the turn knows about the user, the bot and the conversation. */
class SessionValuesTest {

    private static final ConversationId CONVERSATION = new ConversationId(UUID.fromString("7f0c2a4e-0000-4000-8000-000000000001"));

    private static CapabilityResult get(String userId, String what) {
        return new SessionGetHandler().perform(new Effect.Capability("GET", List.of(new TextValue(what))),
                new TurnScope(new BotId("shop"), CONVERSATION, userId));
    }

    private static Value value(String userId, String what) {
        return assertInstanceOf(CapabilityResult.Performed.class, get(userId, what)).value();
    }

    @Test
    void the_ids_of_user_bot_and_conversation_are_known() {
        assertEquals(new TextValue("ana-1"), value("ana-1", "session.user_id"));
        assertEquals(new TextValue("shop"), value("ana-1", "session.bot_id"));
        assertEquals(new TextValue(CONVERSATION.toString()), value("ana-1", "SESSION.Conversation_Id"));
    }

    @Test
    void the_channel_comes_from_how_the_user_reached_the_bot() {
        assertEquals(new TextValue("whatsapp"), value("whatsapp:5511999990000", "session.channel"));
        assertEquals(new TextValue("telegram"), value("telegram:42", "session.channel"));
        assertEquals(new TextValue("job"), value("job:daily_report", "session.channel"));
        assertEquals(new TextValue("web"), value("anon-123", "session.channel"));
        assertEquals(new TextValue("web"), value("oidc:ana@example.com", "session.channel"));
    }

    @Test
    void the_email_is_known_only_for_a_signed_in_member_whose_subject_is_an_address() {
        assertEquals(new TextValue("ana@example.com"), value("oidc:ana@example.com", "session.user_email"));
        assertEquals(NullValue.NULL, value("oidc:5f1a-subject", "session.user_email"));
        assertEquals(NullValue.NULL, value("ana@example.com", "session.user_email"));
    }

    @Test
    void the_user_name_is_a_documented_session_value_this_server_does_not_know_yet() {
        assertEquals(NullValue.NULL, value("ana-1", "session.user_name"));
    }

    @Test
    void an_unknown_session_name_fails_and_lists_the_known_ones() {
        String message = assertInstanceOf(CapabilityResult.Failed.class, get("ana-1", "session.password")).message();

        assertTrue(message.startsWith("\"session.password\" is not a session value; the session values are session.user_id,"), message);
    }

    @Test
    void get_of_a_url_is_the_http_keyword_which_this_server_does_not_provide() {
        assertEquals(new CapabilityResult.Unavailable("GET"), get("ana-1", "https://api.example.com/items"));
    }
}
