package org.botserver.specs.llm;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the scripted language model does, in order, and what came of its tool calls. Each request takes the next
 * scripted move; with nothing left, a request that follows a tool result echoes that result, and any other request
 * gets an answer saying nothing was scripted, so the transcript shows what is missing. Safe across threads: the
 * local HTTP server answers on its own.
 */
public final class ModelScript {

    private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9]\\d*)(\\.\\d+)?");

    private sealed interface Scripted {
        record Answer(String text) implements Scripted { }
        record Call(String tool, Map<String, String> arguments) implements Scripted { }
    }

    private record Issued(String tool, Map<String, String> arguments) { }

    private final Deque<Scripted> moves = new ArrayDeque<>();
    private final Map<String, Issued> issued = new LinkedHashMap<>();
    private final List<ToolRun> runs = new ArrayList<>();
    private final List<ModelRequestSeen> requests = new ArrayList<>();
    private int callCount;
    private boolean scripted;

    /** The model's next answer in words. */
    public synchronized void answer(String text) {
        moves.add(new Scripted.Answer(text));
        scripted = true;
    }

    /** The model's next move asks for the tool with these arguments (kept in the given order). */
    public synchronized void callTool(String tool, Map<String, String> arguments) {
        moves.add(new Scripted.Call(tool, new LinkedHashMap<>(arguments)));
        scripted = true;
    }

    /** Whether the scenario scripted the model at all: then every bot has a model, as if configured with one. */
    public synchronized boolean isScripted() {
        return scripted;
    }

    /** The tool calls that got their results back, in order. */
    public synchronized List<ToolRun> runs() {
        return List.copyOf(runs);
    }

    /** Every request the model was sent, oldest first. */
    public synchronized List<ModelRequestSeen> requests() {
        return List.copyOf(requests);
    }

    /**
     * The move for one request: {@code results} are every tool result the request carries (older ones are
     * recognised and not counted twice), {@code afterTool} whether the request's last entry is one of them.
     */
    public synchronized ModelMove next(ModelRequestSeen request, List<ToolResultSeen> results, boolean afterTool) {
        requests.add(request);
        String lastUserText = request.userText();
        for (ToolResultSeen result : results) {
            Issued call = issued.remove(result.callId());
            if (call != null) runs.add(new ToolRun(call.tool(), call.arguments(), result.content(), result.error()));
        }
        Scripted move = moves.poll();
        return switch (move) {
            case Scripted.Answer(var text) -> new ModelMove.Answer(text);
            case Scripted.Call(var tool, var arguments) -> {
                String id = "call_" + ++callCount;
                issued.put(id, new Issued(tool, arguments));
                yield new ModelMove.CallTool(id, tool, json(arguments));
            }
            case null -> afterTool && !results.isEmpty()
                    ? new ModelMove.Answer(results.getLast().content())
                    : new ModelMove.Answer("(The scripted LLM has no answer left for \"" + lastUserText
                            + "\": add Given the LLM answers \"…\" to the scenario.)");
        };
    }

    /** A value that reads as a number or true/false is sent as one; in double quotes it is sent as text. */
    static String json(Map<String, String> arguments) {
        JsonObjectBuilder object = Json.createObjectBuilder();
        arguments.forEach((name, value) -> {
            String text = value.strip();
            if (NUMBER.matcher(text).matches()) object.add(name, new BigDecimal(text));
            else if (text.equals("true") || text.equals("false")) object.add(name, Boolean.parseBoolean(text));
            else if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
                object.add(name, text.substring(1, text.length() - 1));
            } else object.add(name, value);
        });
        return object.build().toString();
    }
}
