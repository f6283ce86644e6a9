package org.botserver.adapter.in.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ServerFrameEncoderTest {

    private final ServerFrameEncoder encoder = new ServerFrameEncoder();

    @Test
    void a_bot_message_is_a_complete_message_frame_from_the_bot() {
        assertEquals("{\"type\":\"message\",\"id\":\"m1\",\"sender\":\"bot\",\"content\":\"Hi \\\"you\\\"\",\"timestamp\":\"t\",\"complete\":true}",
                encoder.encode(new ServerFrame.BotMessage("m1", "Hi \"you\"", "t")));
    }

    @Test
    void the_last_message_of_a_grounded_answer_carries_its_knowledge_sources() {
        assertEquals("{\"type\":\"message\",\"id\":\"m2\",\"sender\":\"bot\",\"content\":\"30 days.\",\"timestamp\":\"t\",\"complete\":true,"
                        + "\"sources\":[\"faq/returns.md\",\"faq/guide.pdf, page 2\"]}",
                encoder.encode(new ServerFrame.BotMessage("m2", "30 days.", "t", List.of("faq/returns.md", "faq/guide.pdf, page 2"))));
    }

    @Test
    void a_piece_of_a_reply_being_written_is_a_chunk_frame() {
        assertEquals("{\"type\":\"chunk\",\"content\":\"Lis\"}", encoder.encode(new ServerFrame.Chunk("Lis")));
    }

    @Test
    void a_status_names_the_conversation_as_conversation_and_session() {
        assertEquals("{\"type\":\"status\",\"status\":\"awaiting_input\",\"conversation_id\":\"c\",\"session_id\":\"c\",\"bot_id\":\"hello\"}",
                encoder.encode(new ServerFrame.Status("awaiting_input", "c", "hello")));
    }

    @Test
    void suggestions_and_errors_have_their_own_types() {
        assertEquals("{\"type\":\"suggestions\",\"suggestions\":[{\"value\":\"y\",\"label\":\"Yes\"}]}",
                encoder.encode(new ServerFrame.Suggestions(List.of(new ServerFrame.Offer("y", "Yes")))));
        assertEquals("{\"type\":\"error\",\"message\":\"no\"}", encoder.encode(new ServerFrame.Error("no")));
    }
}
