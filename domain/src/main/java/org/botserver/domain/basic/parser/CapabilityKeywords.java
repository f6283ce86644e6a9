package org.botserver.domain.basic.parser;

import java.util.List;
import java.util.Optional;
import org.botserver.domain.basic.lexer.Token;

/**
 * The keywords whose work the application performs, as spelled in scripts and as yielded in
 * {@code Effect.Capability}. Longer phrases come first so SET BOT MEMORY is not read as SET.
 */
final class CapabilityKeywords {

    private record Phrase(String words, String keyword, boolean returnsValue) {
    }

    private static final List<Phrase> PHRASES = List.of(
            new Phrase("SET BOT MEMORY", "SET BOT MEMORY", false),
            new Phrase("GET BOT MEMORY", "GET BOT MEMORY", true),
            new Phrase("SET USER MEMORY", "SET USER MEMORY", false),
            new Phrase("GET USER MEMORY", "GET USER MEMORY", true),
            new Phrase("SET CONTEXT", "SET CONTEXT", false),
            new Phrase("SET HEADER", "SET HEADER", false),
            new Phrase("SET SCHEDULE", "SET SCHEDULE", false),
            new Phrase("USE KB", "USE KB", false),
            new Phrase("USE WEBSITE", "USE WEBSITE", true),
            new Phrase("CLEAR KB", "CLEAR KB", false),
            new Phrase("THINK KB", "THINK KB", true),
            new Phrase("ADD TOOL", "ADD TOOL", false),
            new Phrase("USE TOOL", "ADD TOOL", false),
            new Phrase("CLEAR TOOLS", "CLEAR TOOLS", false),
            new Phrase("SEND MAIL", "SEND MAIL", true),
            new Phrase("SEND EMAIL", "SEND MAIL", true),
            new Phrase("TALK TO", "TALK TO", false),
            new Phrase("RUN JAVASCRIPT", "RUN JAVASCRIPT", true),
            new Phrase("RUN JS", "RUN JAVASCRIPT", true),
            new Phrase("LLM", "LLM", true),
            new Phrase("FIND", "FIND", true),
            new Phrase("SAVE", "SAVE", true),
            new Phrase("INSERT", "INSERT", true),
            new Phrase("UPDATE", "UPDATE", true),
            new Phrase("DELETE", "DELETE", true),
            new Phrase("MERGE", "MERGE", true),
            new Phrase("GET", "GET", true),
            new Phrase("POST", "POST", true),
            new Phrase("PUT", "PUT", true),
            new Phrase("PATCH", "PATCH", true),
            new Phrase("REMEMBER", "REMEMBER", false),
            new Phrase("RECALL", "RECALL", true));

    private CapabilityKeywords() {
    }

    /** Consumes a capability phrase and returns its keyword; in an expression only value-returning ones. */
    static Optional<String> match(TokenCursor in, boolean asExpression) {
        for (Phrase p : PHRASES) {
            if ((!asExpression || p.returnsValue() && startsArgument(in.peek(p.words().split(" ").length)))
                    && in.checkWords(p.words())) {
                in.matchWords(p.words());
                return Optional.of(p.keyword());
            }
        }
        return Optional.empty();
    }

    /** In an expression, {@code get + 1} is a variable named get; a keyword needs an argument after it. */
    private static boolean startsArgument(Token next) {
        return switch (next.type()) {
            case STRING, WORD, NUMBER, LEFT_PAREN, LEFT_BRACKET, LEFT_BRACE -> true;
            default -> false;
        };
    }
}
