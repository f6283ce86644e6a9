package org.botserver.application.llm;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.botserver.application.conversation.ReplyStream;

/** A language model that plays back scripted replies in order, streams their text word by word, and keeps every request. */
final class ScriptedLanguageModel implements LanguageModel {

    final List<LlmRequest> requests = new ArrayList<>();
    private final Deque<LlmReply> script = new ArrayDeque<>();

    ScriptedLanguageModel answers(String text) {
        script.add(new LlmReply.Answer(text, List.of(), new TokenUsage(10, 5)));
        return this;
    }

    ScriptedLanguageModel calls(String tool, String argumentsJson) {
        String id = "call_" + (script.size() + 1);
        script.add(new LlmReply.Answer("", List.of(new ToolCall(id, tool, argumentsJson)), new TokenUsage(20, 3)));
        return this;
    }

    ScriptedLanguageModel fails(LlmReply.Kind kind) {
        script.add(new LlmReply.Failure(kind, "scripted " + kind));
        return this;
    }

    @Override
    public LlmReply complete(LlmRequest request, ReplyStream stream) {
        requests.add(request);
        if (script.isEmpty()) throw new AssertionError("the model was called more often than scripted: " + request);
        LlmReply reply = script.removeFirst();
        if (reply instanceof LlmReply.Answer answer && !answer.text().isEmpty()) {
            for (String word : answer.text().split("(?<= )")) stream.chunk(word);
        }
        return reply;
    }

    LlmRequest lastRequest() { return requests.getLast(); }
}
