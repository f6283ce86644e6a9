package org.botserver.adapter.out.llm.openai;

import com.openai.models.chat.completions.ChatCompletionChunk;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.botserver.application.conversation.ReplyStream;
import org.botserver.application.llm.LlmReply;
import org.botserver.application.llm.TokenUsage;
import org.botserver.application.llm.ToolCall;

/**
 * Puts an answer together from its SSE chunks: text deltas are streamed on as they come, tool calls are
 * assembled from their deltas by index (id and name first, the arguments in pieces), and usage comes last.
 * An answer is complete only when a choice reported its finish reason.
 */
final class ChunkReader {

    private final ReplyStream stream;
    private final StringBuilder text = new StringBuilder();
    private final Map<Long, PartialCall> calls = new TreeMap<>();
    private TokenUsage usage = TokenUsage.NONE;
    private boolean finished;
    private boolean started;

    private static final class PartialCall {
        String id = "";
        String name = "";
        final StringBuilder arguments = new StringBuilder();
    }

    ChunkReader(ReplyStream stream) {
        this.stream = stream;
    }

    LlmReply read(Iterator<ChatCompletionChunk> chunks) {
        while (chunks.hasNext()) {
            if (stream.cancelled()) return new LlmReply.Failure(LlmReply.Kind.CANCELLED, "the client went away");
            ChatCompletionChunk chunk = chunks.next();
            started = true;
            chunk.usage().ifPresent(u -> usage = new TokenUsage((int) u.promptTokens(), (int) u.completionTokens()));
            for (ChatCompletionChunk.Choice choice : chunk.choices()) {
                choice.delta().content().filter(delta -> !delta.isEmpty()).ifPresent(delta -> {
                    text.append(delta);
                    stream.chunk(delta);
                });
                choice.delta().toolCalls().ifPresent(deltas -> deltas.forEach(this::addToolCallDelta));
                if (choice.finishReason().isPresent()) finished = true;
            }
        }
        if (!finished) return new LlmReply.Failure(LlmReply.Kind.CUT_OFF, "the stream ended before a finish reason");
        List<ToolCall> toolCalls = calls.values().stream()
                .map(call -> new ToolCall(call.id, call.name, call.arguments.toString())).toList();
        return new LlmReply.Answer(text.toString(), toolCalls, usage);
    }

    private void addToolCallDelta(ChatCompletionChunk.Choice.Delta.ToolCall delta) {
        // Some compatible servers leave out the index when there is only one call.
        long index = delta._index().asKnown().orElse(0L);
        PartialCall call = calls.computeIfAbsent(index, i -> new PartialCall());
        delta.id().filter(id -> !id.isEmpty()).ifPresent(id -> call.id = id);
        delta.function().ifPresent(function -> {
            function.name().filter(name -> !name.isEmpty()).ifPresent(name -> call.name = name);
            function.arguments().ifPresent(call.arguments::append);
        });
    }

    boolean started() { return started; }
}
