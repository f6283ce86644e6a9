package org.botserver.domain.conversation;

import java.util.Optional;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A quick reply that runs a tool directly, without the language model ({@code ADD SUGGESTION TOOL "t" AS "label"}):
 * its value is {@code /t}, the way chat apps write commands, and the tool joins the session's tools. A message
 * {@code /t} that no dialog waits for runs the session's tool {@code t}; any other text is left to the model.
 */
@ValueObject
public record PickedTool(String tool) {

    private static final String PREFIX = "/";

    public PickedTool {
        if (tool == null || tool.isBlank()) throw new IllegalArgumentException("A picked tool needs a name.");
    }

    /** The quick reply offering the tool under the label. */
    public Suggestion suggestion(String label) {
        return new Suggestion(PREFIX + tool, label);
    }

    /** The session's tool the message picks, if it is {@code /name} of one (names ignore case). */
    public static Optional<PickedTool> in(String message, SessionSettings session) {
        String text = message.strip();
        if (!text.startsWith(PREFIX) || text.length() == PREFIX.length()) return Optional.empty();
        String name = text.substring(PREFIX.length());
        return session.tools().stream().filter(name::equalsIgnoreCase).findFirst().map(PickedTool::new);
    }
}
