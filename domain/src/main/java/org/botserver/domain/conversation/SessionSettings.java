package org.botserver.domain.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * What a conversation's dialogs set up for the language model and keep between turns: the tools the model may
 * call (ADD TOOL / USE TOOL, CLEAR TOOLS), in the order they were added, the SET CONTEXT text, and the knowledge
 * bases its answers are grounded in (USE KB, CLEAR KB).
 */
@ValueObject
public record SessionSettings(List<String> tools, Optional<String> context, List<String> knowledgeBases) {

    private static final SessionSettings NONE = new SessionSettings(List.of(), Optional.empty(), List.of());

    public SessionSettings {
        tools = List.copyOf(tools);
        if (tools.stream().distinct().count() != tools.size()) throw new IllegalArgumentException("duplicate tools: " + tools);
        Objects.requireNonNull(context, "context");
        context = context.filter(text -> !text.isBlank());
        knowledgeBases = List.copyOf(knowledgeBases);
        if (knowledgeBases.stream().distinct().count() != knowledgeBases.size()) {
            throw new IllegalArgumentException("duplicate knowledge bases: " + knowledgeBases);
        }
    }

    /** Tools and context without knowledge bases. */
    public SessionSettings(List<String> tools, Optional<String> context) {
        this(tools, context, List.of());
    }

    /** No tools and no context: a new conversation. */
    public static SessionSettings none() { return NONE; }

    /** With one more tool; adding a tool twice keeps it once, where it was first added. */
    public SessionSettings withTool(String name) {
        if (tools.contains(name)) return this;
        List<String> more = new ArrayList<>(tools);
        more.add(name);
        return new SessionSettings(more, context, knowledgeBases);
    }

    public SessionSettings withoutTools() { return new SessionSettings(List.of(), context, knowledgeBases); }

    /** With the given context text; a blank text clears it. */
    public SessionSettings withContext(String text) {
        return new SessionSettings(tools, Optional.ofNullable(text), knowledgeBases);
    }

    /** With one more knowledge base; using one twice keeps it once. */
    public SessionSettings usingKnowledgeBase(String name) {
        if (knowledgeBases.contains(name)) return this;
        List<String> more = new ArrayList<>(knowledgeBases);
        more.add(name);
        return new SessionSettings(tools, context, more);
    }

    /** Without the named knowledge base, or without any when the name is empty (CLEAR KB). */
    public SessionSettings clearingKnowledgeBase(Optional<String> name) {
        List<String> left = name.map(n -> knowledgeBases.stream().filter(kb -> !kb.equalsIgnoreCase(n)).toList()).orElse(List.of());
        return new SessionSettings(tools, context, left);
    }
}
