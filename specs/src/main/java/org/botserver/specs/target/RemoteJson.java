package org.botserver.specs.target;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Reads the REST API v1's JSON answers (snake_case fields) into the library's values. */
final class RemoteJson {

    private RemoteJson() {
    }

    static List<String> botIds(String body) {
        return shaped(body, () -> read(body).asJsonArray().stream()
                .map(bot -> bot.asJsonObject().getString("bot_id")).toList());
    }

    static BotTurn startTurn(String body) {
        return shaped(body, () -> {
            JsonObject start = read(body).asJsonObject();
            return turn(start.getString("conversation_id"), start);
        });
    }

    /** The conversation token of a start's answer, if the server gave one. */
    static String conversationToken(String body) {
        return read(body).asJsonObject().getString("conversation_token", null);
    }

    static BotTurn messageTurn(String conversationId, String body) {
        return shaped(body, () -> turn(conversationId, read(body).asJsonObject()));
    }

    /** Whether the knowledge status lists the collection with every one of its documents done and none running. */
    static boolean knowledgeIndexed(String body, String collection) {
        return shaped(body, () -> read(body).asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(status -> status.getString("collection").equals(collection))
                .anyMatch(status -> !status.getBoolean("running") && status.getInt("documents_total") > 0
                        && status.getInt("documents_done") == status.getInt("documents_total")));
    }

    static List<HistoryLine> history(String body) {
        return shaped(body, () -> read(body).asJsonObject().getJsonArray("messages").stream()
                .map(JsonValue::asJsonObject)
                .map(message -> new HistoryLine(message.getString("sender"), message.getString("content")))
                .toList());
    }

    /** A table's rows, each column's value as the in-process target gives it: TRUE/FALSE, NULL as "", the rest as text. */
    static List<Map<String, String>> tableRows(String body) {
        return shaped(body, () -> read(body).asJsonArray().stream().map(JsonValue::asJsonObject).map(row -> {
            Map<String, String> text = new LinkedHashMap<>();
            row.forEach((column, value) -> text.put(column, switch (value.getValueType()) {
                case STRING -> ((JsonString) value).getString();
                case TRUE -> "TRUE";
                case FALSE -> "FALSE";
                case NULL -> "";
                default -> value.toString();
            }));
            return text;
        }).toList());
    }

    /** A failed request in plain words: the problem details' detail (or title), else the status and the body. */
    static String problem(String request, int status, String body) {
        try {
            JsonObject problem = read(body).asJsonObject();
            String detail = problem.getString("detail", problem.getString("title", ""));
            if (!detail.isBlank()) return detail + " (HTTP " + status + " for " + request + ")";
        } catch (IllegalStateException | ClassCastException e) {
            // not a problem-details body; fall through to the raw answer
        }
        return "HTTP " + status + " for " + request + ": " + cut(body, 500);
    }

    private static BotTurn turn(String conversationId, JsonObject answer) {
        List<String> replies = answer.getJsonArray("replies").stream()
                .map(reply -> reply.asJsonObject().getString("content")).toList();
        JsonArray offered = answer.containsKey("suggestions") && !answer.isNull("suggestions")
                ? answer.getJsonArray("suggestions") : JsonValue.EMPTY_JSON_ARRAY;
        List<SuggestedReply> suggestions = offered.stream().map(JsonValue::asJsonObject)
                .map(s -> new SuggestedReply(s.getString("value"), s.getString("label", s.getString("value"))))
                .toList();
        List<String> sources = answer.get("sources") instanceof JsonArray cited
                ? cited.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList() : List.of();
        return new BotTurn(conversationId, TurnStatus.fromApi(text(answer, "status")), replies, suggestions, sources);
    }

    private static String text(JsonObject object, String field) {
        JsonValue value = object.get(field);
        return value instanceof JsonString string ? string.getString() : null;
    }

    /** JSON-P reports a missing field or a wrong type as NullPointerException or ClassCastException. */
    private static <T> T shaped(String body, Supplier<T> reading) {
        try {
            return reading.get();
        } catch (NullPointerException | ClassCastException e) {
            throw new IllegalStateException("The server's answer is not shaped as the REST API v1 says: " + cut(body, 300), e);
        }
    }

    private static String cut(String text, int length) {
        return text.length() > length ? text.substring(0, length) + "…" : text;
    }

    private static JsonValue read(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readValue();
        } catch (JsonException e) {
            throw new IllegalStateException("The server answered with something that is not JSON: " + cut(body, 300), e);
        }
    }
}
