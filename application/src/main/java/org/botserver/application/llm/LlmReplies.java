package org.botserver.application.llm;

/** The plain sentences the bot says when the language model cannot give an answer. */
final class LlmReplies {

    static final String NOT_CONFIGURED = "This conversation has ended, and no language model is configured for this"
            + " bot to answer anything else. Start a new conversation to talk to the bot again.";
    static final String TOO_MANY_ROUNDS = "Sorry, answering this needed more tool calls than I am allowed. Please ask"
            + " in smaller steps.";

    private LlmReplies() {
    }

    /** What the user is told for a failed model call; nothing when the user has already gone. */
    static String forFailure(LlmReply.Kind kind) {
        return switch (kind) {
            case UNAVAILABLE -> "Sorry, I cannot reach my language model right now. Please try again in a moment.";
            case RATE_LIMITED -> "Sorry, my language model is busy right now. Please try again in a minute.";
            case REFUSED -> "Sorry, my language model refused this request. The problem has been logged for the"
                    + " bot's administrator.";
            case CUT_OFF -> "Sorry, my answer was cut off. Please ask again.";
            case CANCELLED -> "";
        };
    }
}
