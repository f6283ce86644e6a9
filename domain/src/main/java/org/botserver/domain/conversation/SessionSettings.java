package org.botserver.domain.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * What a conversation's dialogs set up for the language model and keep between turns: the tools the model may
 * call (ADD TOOL / USE TOOL, CLEAR TOOLS), in the order they were added, and the SET CONTEXT text.
 */
@ValueObject
public record SessionSettings(List<String> tools, Optional<String> context) {

    private static final SessionSettings NONE = new SessionSettings(List.of(), Optional.empty());

    public SessionSettings {
        tools = List.copyOf(tools);
        if (tools.stream().distinct().count() != tools.size()) throw new IllegalArgumentException("duplicate tools: " + tools);
        Objects.requireNonNull(context, "context");
        context = context.filter(text -> !text.isBlank());
    }

    /** No tools and no context: a new conversation. */
    public static SessionSettings none() { return NONE; }

    /** With one more tool; adding a tool twice keeps it once, where it was first added. */
    public SessionSettings withTool(String name) {
        if (tools.contains(name)) return this;
        List<String> more = new ArrayList<>(tools);
        more.add(name);
        return new SessionSettings(more, context);
    }

    public SessionSettings withoutTools() { return new SessionSettings(List.of(), context); }

    /** With the given context text; a blank text clears it. */
    public SessionSettings withContext(String text) { return new SessionSettings(tools, Optional.ofNullable(text)); }
}
