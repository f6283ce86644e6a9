package org.botserver.application.llm;

/** Tokens one model call used: the prompt it read and the completion it wrote. */
public record TokenUsage(int prompt, int completion) {

    public static final TokenUsage NONE = new TokenUsage(0, 0);

    public TokenUsage {
        if (prompt < 0 || completion < 0) throw new IllegalArgumentException("token counts must not be negative");
    }

    public int total() { return prompt + completion; }

    public TokenUsage plus(TokenUsage other) {
        return new TokenUsage(prompt + other.prompt, completion + other.completion);
    }
}
