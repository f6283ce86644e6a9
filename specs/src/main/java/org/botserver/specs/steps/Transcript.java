package org.botserver.specs.steps;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Everything said and done in a scenario's conversation, in order, to print with every failure. */
final class Transcript {

    private final String target;
    private final List<String> lines = new ArrayList<>();

    Transcript(String target) {
        this.target = target;
    }

    void user(String text) {
        lines.add("  user: " + indented(text));
    }

    void bot(String text) {
        lines.add("  bot:  " + indented(text));
    }

    void note(String text) {
        lines.add("  (" + text + ")");
    }

    /** The failure with the whole conversation below its message. */
    AssertionError failure(String message) {
        return new AssertionError(message + "\n\n" + this);
    }

    @Override
    public String toString() {
        String body = lines.isEmpty() ? "  (nothing was said yet)" : String.join("\n", lines);
        return "Conversation transcript (" + target + "):\n" + body;
    }

    /** Quotes each text on its own line, so a list in a failure message reads like the transcript. */
    static String quoted(List<String> texts) {
        if (texts.isEmpty()) return "  (nothing)";
        return texts.stream().map(text -> "  \"" + indented(text) + "\"").collect(Collectors.joining("\n"));
    }

    private static String indented(String text) {
        return text.replace("\n", "\n        ");
    }
}
