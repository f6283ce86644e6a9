package org.botserver.adapter.out.llm.anthropic;

import com.anthropic.models.messages.RawMessageStreamEvent;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.botserver.application.conversation.ReplyStream;
import org.botserver.application.llm.LlmReply;
import org.botserver.application.llm.TokenUsage;
import org.botserver.application.llm.ToolCall;

/**
 * Puts an answer together from Messages stream events: text deltas are streamed on as they come, tool_use
 * blocks get their input from input_json deltas, the usage comes with message_start and message_delta, and
 * the answer is complete only at message_stop.
 */
final class EventReader {

    private final ReplyStream stream;
    private final StringBuilder text = new StringBuilder();
    private final Map<Long, PartialUse> uses = new TreeMap<>();
    private long inputTokens;
    private long outputTokens;
    private boolean stopped;
    private boolean started;

    private record PartialUse(String id, String name, StringBuilder input) {
    }

    EventReader(ReplyStream stream) {
        this.stream = stream;
    }

    LlmReply read(Iterator<RawMessageStreamEvent> events) {
        while (events.hasNext()) {
            if (stream.cancelled()) return new LlmReply.Failure(LlmReply.Kind.CANCELLED, "the client went away");
            RawMessageStreamEvent event = events.next();
            started = true;
            event.messageStart().ifPresent(start -> inputTokens = start.message().usage().inputTokens());
            event.contentBlockStart().ifPresent(start -> start.contentBlock().toolUse().ifPresent(use ->
                    uses.put(start.index(), new PartialUse(use.id(), use.name(), new StringBuilder()))));
            event.contentBlockDelta().ifPresent(delta -> {
                delta.delta().text().ifPresent(piece -> {
                    text.append(piece.text());
                    stream.chunk(piece.text());
                });
                delta.delta().inputJson().ifPresent(piece -> {
                    PartialUse use = uses.get(delta.index());
                    if (use != null) use.input().append(piece.partialJson());
                });
            });
            event.messageDelta().ifPresent(delta -> outputTokens = delta.usage().outputTokens());
            if (event.messageStop().isPresent()) stopped = true;
        }
        if (!stopped) return new LlmReply.Failure(LlmReply.Kind.CUT_OFF, "the stream ended before message_stop");
        List<ToolCall> calls = uses.values().stream()
                .map(use -> new ToolCall(use.id(), use.name(), use.input().toString())).toList();
        return new LlmReply.Answer(text.toString(), calls, new TokenUsage((int) inputTokens, (int) outputTokens));
    }

    boolean started() { return started; }
}
