package org.botserver.adapter.out.llm.anthropic;

import org.botserver.adapter.out.llm.Sse;

/** Messages stream events as Anthropic sends them. */
final class AnthropicEvents {

    private AnthropicEvents() {
    }

    static String start(int inputTokens) {
        return Sse.events("message_start", "{\"type\":\"message_start\",\"message\":{\"id\":\"msg_1\",\"type\":\"message\","
                + "\"role\":\"assistant\",\"content\":[],\"model\":\"test-model\",\"stop_reason\":null,\"stop_sequence\":null,"
                + "\"usage\":{\"input_tokens\":" + inputTokens + ",\"output_tokens\":1}}}", "ping", "{\"type\":\"ping\"}");
    }

    static String text(int index, String... pieces) {
        StringBuilder events = new StringBuilder(Sse.events("content_block_start", "{\"type\":\"content_block_start\",\"index\":"
                + index + ",\"content_block\":{\"type\":\"text\",\"text\":\"\"}}"));
        for (String piece : pieces) {
            events.append(Sse.events("content_block_delta", "{\"type\":\"content_block_delta\",\"index\":" + index
                    + ",\"delta\":{\"type\":\"text_delta\",\"text\":" + quote(piece) + "}}"));
        }
        return events.append(stop(index)).toString();
    }

    static String toolUse(int index, String id, String name, String... jsonPieces) {
        StringBuilder events = new StringBuilder(Sse.events("content_block_start", "{\"type\":\"content_block_start\",\"index\":"
                + index + ",\"content_block\":{\"type\":\"tool_use\",\"id\":\"" + id + "\",\"name\":\"" + name + "\",\"input\":{}}}"));
        for (String piece : jsonPieces) {
            events.append(Sse.events("content_block_delta", "{\"type\":\"content_block_delta\",\"index\":" + index
                    + ",\"delta\":{\"type\":\"input_json_delta\",\"partial_json\":" + quote(piece) + "}}"));
        }
        return events.append(stop(index)).toString();
    }

    static String end(String stopReason, int outputTokens) {
        return Sse.events("message_delta", "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"" + stopReason
                + "\",\"stop_sequence\":null},\"usage\":{\"output_tokens\":" + outputTokens + "}}",
                "message_stop", "{\"type\":\"message_stop\"}");
    }

    static String error(String type, String message) {
        return Sse.events("error", "{\"type\":\"error\",\"error\":{\"type\":\"" + type + "\",\"message\":\"" + message + "\"}}");
    }

    private static String stop(int index) {
        return Sse.events("content_block_stop", "{\"type\":\"content_block_stop\",\"index\":" + index + "}");
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
