package org.botserver.application.llm;

import java.util.List;
import java.util.Objects;

/** What a model call gave: an answer (text, tool calls or both), or why there is none. */
public sealed interface LlmReply {

    /** The model answered; with tool calls, it wants their results before it goes on. */
    record Answer(String text, List<ToolCall> calls, TokenUsage usage) implements LlmReply {
        public Answer {
            Objects.requireNonNull(text, "text");
            calls = List.copyOf(calls);
            Objects.requireNonNull(usage, "usage");
        }
    }

    /** No answer; {@code detail} is for the log, the user gets a plain sentence chosen by the kind. */
    record Failure(Kind kind, String detail) implements LlmReply {
        public Failure {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(detail, "detail");
        }
    }

    /** Why a model call gave no answer. */
    enum Kind {
        /** Not reachable, timed out, or failing on its side (5xx) even after retries. */
        UNAVAILABLE,
        /** Still too many requests (429) after the retries. */
        RATE_LIMITED,
        /** The provider refused the request: bad key, unknown model, a request it cannot take (4xx). */
        REFUSED,
        /** The answer stopped in the middle: the stream dropped or ended without its end marker. */
        CUT_OFF,
        /** The user went away, so the answer was abandoned. */
        CANCELLED
    }
}
