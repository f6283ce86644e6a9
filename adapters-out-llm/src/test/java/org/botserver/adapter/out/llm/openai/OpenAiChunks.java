package org.botserver.adapter.out.llm.openai;

/** Chat Completions stream chunks as OpenAI sends them. */
final class OpenAiChunks {

    private OpenAiChunks() {
    }

    static String text(String content) {
        return chunk("{\"role\":\"assistant\",\"content\":" + quote(content) + "}", null);
    }

    static String finish(String reason) {
        return chunk("{}", reason);
    }

    static String toolCallStart(int index, String id, String name) {
        return chunk("{\"tool_calls\":[{\"index\":" + index + ",\"id\":\"" + id + "\",\"type\":\"function\","
                + "\"function\":{\"name\":\"" + name + "\",\"arguments\":\"\"}}]}", null);
    }

    static String toolCallArguments(int index, String piece) {
        return chunk("{\"tool_calls\":[{\"index\":" + index + ",\"function\":{\"arguments\":" + quote(piece) + "}}]}", null);
    }

    static String usage(int prompt, int completion) {
        return "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1700000000,\"model\":\"test-model\","
                + "\"choices\":[],\"usage\":{\"prompt_tokens\":" + prompt + ",\"completion_tokens\":" + completion
                + ",\"total_tokens\":" + (prompt + completion) + "}}";
    }

    private static String chunk(String delta, String finishReason) {
        return "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1700000000,\"model\":\"test-model\","
                + "\"choices\":[{\"index\":0,\"delta\":" + delta + ",\"logprobs\":null,\"finish_reason\":"
                + (finishReason == null ? "null" : "\"" + finishReason + "\"") + "}]}";
    }

    static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
