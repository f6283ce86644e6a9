package org.botserver.domain.basic;

import java.util.List;
import java.util.Objects;

/** One argument of a tool, from {@code PARAM name AS type [LIKE …] [DESCRIPTION …] [ENUM […]] [OPTIONAL]}. */
public record ToolParameter(String name, String type, String example, String description, List<String> choices,
                            boolean optional) {

    public ToolParameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        choices = List.copyOf(choices);
    }

    /** The JSON Schema type this BASIC type is passed as. */
    public String jsonType() {
        return switch (type) {
            case "INTEGER", "INT", "LONG" -> "integer";
            case "NUMBER", "MONEY", "DOUBLE", "DECIMAL", "CURRENCY", "FLOAT" -> "number";
            case "BOOLEAN", "BOOL" -> "boolean";
            default -> "string";
        };
    }

    /** The JSON Schema format keyword for text types with a known shape, or null. */
    public String jsonFormat() {
        return switch (type) {
            case "DATE" -> "date";
            case "EMAIL" -> "email";
            case "HOUR", "TIME" -> "time";
            default -> null;
        };
    }
}
