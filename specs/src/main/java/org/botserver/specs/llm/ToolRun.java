package org.botserver.specs.llm;

import java.util.Map;
import java.util.Objects;

/**
 * A tool call the scripted model asked for and what came back to it: the tool's RETURN value, or, when the
 * server did not run it (unknown tool, arguments against its schema), the error it was sent instead.
 */
public record ToolRun(String tool, Map<String, String> arguments, String result, boolean failed) {

    public ToolRun {
        Objects.requireNonNull(tool, "tool");
        arguments = Map.copyOf(arguments);
        Objects.requireNonNull(result, "result");
    }

    /** How the run reads in a transcript. */
    public String describe() {
        return "the LLM called the tool \"" + tool + "\" with " + arguments + (failed ? " and got the error: " : " → ")
                + result;
    }
}
