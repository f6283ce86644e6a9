package org.botserver.application.llm;

import java.util.Objects;

/** The model asks to run a tool: the call's id (to answer it), the tool's name and its arguments as JSON text. */
public record ToolCall(String id, String name, String arguments) {

    public ToolCall {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        arguments = arguments == null || arguments.isBlank() ? "{}" : arguments;
    }
}
