package org.botserver.specs.llm;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * OpenAI Chat Completions as the scripted server speaks it: reads what a request carries (the user's last words,
 * the tool results) and writes a move as a streamed answer (SSE chunks, tool calls as deltas, usage, [DONE]) or,
 * for {@code "stream": false}, as one completion.
 */
final class ChatCompletionsWire {

    /** BotServer's OpenAI adapter sends a failed tool's result with this prefix. */
    private static final String ERROR_PREFIX = "Error: ";

    /** What the scripted model needs of a request. */
    record Asked(ModelRequestSeen request, List<ToolResultSeen> results, boolean afterTool, boolean streamed) { }

    private ChatCompletionsWire() {
    }

    /** Throws IllegalArgumentException (a 400) for a body that is not a chat completion request. */
    static Asked read(String body) {
        JsonObject request;
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            request = reader.readObject();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("The body is not a JSON object: " + e.getMessage());
        }
        if (!(request.get("messages") instanceof JsonArray messages) || messages.isEmpty()) {
            throw new IllegalArgumentException("A chat completion request needs \"messages\".");
        }
        String lastUser = "";
        StringBuilder system = new StringBuilder();
        List<ToolResultSeen> results = new ArrayList<>();
        for (JsonValue value : messages) {
            JsonObject message = value.asJsonObject();
            switch (message.getString("role", "")) {
                case "user" -> lastUser = text(message.get("content"));
                case "system", "developer" -> system.append(system.isEmpty() ? "" : "\n").append(text(message.get("content")));
                case "tool" -> {
                    String content = text(message.get("content"));
                    boolean error = content.startsWith(ERROR_PREFIX);
                    results.add(new ToolResultSeen(message.getString("tool_call_id", ""),
                            error ? content.substring(ERROR_PREFIX.length()) : content, error));
                }
                default -> { }
            }
        }
        boolean afterTool = "tool".equals(messages.getJsonObject(messages.size() - 1).getString("role", ""));
        List<String> tools = request.get("tools") instanceof JsonArray offered ? offered.stream()
                .map(tool -> tool.asJsonObject().getJsonObject("function").getString("name", "")).toList() : List.of();
        return new Asked(new ModelRequestSeen(system.toString(), lastUser, tools), results, afterTool,
                request.getBoolean("stream", false));
    }

    static String streamed(ModelMove move) {
        return switch (move) {
            case ModelMove.Answer(var text) -> event(chunk(Json.createObjectBuilder().add("content", text), null))
                    + event(chunk(Json.createObjectBuilder(), "stop")) + usage() + "data: [DONE]\n\n";
            case ModelMove.CallTool call -> event(chunk(Json.createObjectBuilder()
                    .add("tool_calls", Json.createArrayBuilder().add(toolCall(call).add("index", 0))), null))
                    + event(chunk(Json.createObjectBuilder(), "tool_calls")) + usage() + "data: [DONE]\n\n";
        };
    }

    static String whole(ModelMove move) {
        JsonObjectBuilder message = Json.createObjectBuilder().add("role", "assistant");
        String finish = switch (move) {
            case ModelMove.Answer(var text) -> {
                message.add("content", text);
                yield "stop";
            }
            case ModelMove.CallTool call -> {
                message.addNull("content").add("tool_calls", Json.createArrayBuilder().add(toolCall(call)));
                yield "tool_calls";
            }
        };
        return head("chat.completion").add("choices", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("index", 0).add("message", message).add("finish_reason", finish))).add("usage", tokens())
                .build().toString();
    }

    private static JsonObjectBuilder toolCall(ModelMove.CallTool call) {
        return Json.createObjectBuilder().add("id", call.callId()).add("type", "function")
                .add("function", Json.createObjectBuilder().add("name", call.tool()).add("arguments", call.arguments()));
    }

    private static String chunk(JsonObjectBuilder delta, String finish) {
        JsonObjectBuilder choice = Json.createObjectBuilder().add("index", 0).add("delta", delta);
        if (finish == null) choice.addNull("finish_reason");
        else choice.add("finish_reason", finish);
        return head("chat.completion.chunk").add("choices", Json.createArrayBuilder().add(choice)).build().toString();
    }

    private static String usage() {
        return event(head("chat.completion.chunk").add("choices", JsonValue.EMPTY_JSON_ARRAY).add("usage", tokens())
                .build().toString());
    }

    private static JsonObjectBuilder tokens() {
        return Json.createObjectBuilder().add("prompt_tokens", 0).add("completion_tokens", 0).add("total_tokens", 0);
    }

    private static JsonObjectBuilder head(String object) {
        return Json.createObjectBuilder().add("id", "scripted").add("object", object).add("created", 0)
                .add("model", "scripted");
    }

    private static String event(String json) {
        return "data: " + json + "\n\n";
    }

    /** A message's content: a string, or the text parts of an array of parts. */
    private static String text(JsonValue content) {
        return switch (content) {
            case jakarta.json.JsonString string -> string.getString();
            case JsonArray parts -> String.join("", parts.stream().map(JsonValue::asJsonObject)
                    .map(part -> part.getString("text", "")).toList());
            case null, default -> "";
        };
    }
}
