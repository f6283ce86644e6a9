package it.org.botserver.llm;

/** Chat Completions SSE bodies, as an OpenAI-compatible server streams them, for the scripted model. */
final class ScriptedModel {

    private ScriptedModel() {
    }

    static String answer(String... pieces) {
        StringBuilder body = new StringBuilder();
        for (String piece : pieces) body.append(event(delta("{\"content\":" + quote(piece) + "}", null)));
        return body.append(event(delta("{}", "\"stop\""))).append(usage()).append("data: [DONE]\n\n").toString();
    }

    static String toolCall(String id, String name, String arguments) {
        return event(delta("{\"tool_calls\":[{\"index\":0,\"id\":\"" + id + "\",\"type\":\"function\",\"function\":{\"name\":\""
                + name + "\",\"arguments\":" + quote(arguments) + "}}]}", null))
                + event(delta("{}", "\"tool_calls\"")) + usage() + "data: [DONE]\n\n";
    }

    private static String delta(String delta, String finish) {
        return "{\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"stub\",\"choices\":[{\"index\":0,"
                + "\"delta\":" + delta + ",\"finish_reason\":" + (finish == null ? "null" : finish) + "}]}";
    }

    private static String usage() {
        return event("{\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"stub\",\"choices\":[],"
                + "\"usage\":{\"prompt_tokens\":30,\"completion_tokens\":8,\"total_tokens\":38}}");
    }

    private static String event(String json) {
        return "data: " + json + "\n\n";
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
