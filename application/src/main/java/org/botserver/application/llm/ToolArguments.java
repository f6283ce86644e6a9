package org.botserver.application.llm;

import java.util.List;
import java.util.Optional;
import org.botserver.application.capability.JsonValues;
import org.botserver.domain.basic.ToolDefinition;
import org.botserver.domain.basic.ToolParameter;
import org.botserver.domain.basic.builtins.BuiltinException;
import org.botserver.domain.basic.value.BoolValue;
import org.botserver.domain.basic.value.NullValue;
import org.botserver.domain.basic.value.NumberValue;
import org.botserver.domain.basic.value.ObjectValue;
import org.botserver.domain.basic.value.TextValue;
import org.botserver.domain.basic.value.Value;

/**
 * Reads a tool call's JSON arguments with the BASIC language's own JSON reader and checks them against the
 * tool's schema, one named policy per rule, so the model is told exactly which rule its arguments broke.
 */
final class ToolArguments {

    /** One rule of the schema; returns why the arguments break it. */
    interface Policy {
        Optional<String> check(ToolParameter parameter, Value given);
    }

    static final List<Policy> POLICIES = List.of(ToolArguments::requiredIsPresent, ToolArguments::typeMatches,
            ToolArguments::valueIsAChoice);

    /** What reading and checking the arguments decided. */
    sealed interface Checked {
        record Valid(ObjectValue arguments) implements Checked { }
        record Invalid(String reason) implements Checked { }
    }

    private ToolArguments() {
    }

    static Checked check(ToolDefinition tool, String json) {
        Value parsed;
        try {
            parsed = JsonValues.read(json);
        } catch (BuiltinException e) {
            return new Checked.Invalid("The arguments are not valid JSON (" + e.getMessage() + "): " + json);
        }
        if (!(parsed instanceof ObjectValue arguments)) {
            return new Checked.Invalid("The arguments must be a JSON object, not: " + json);
        }
        for (ToolParameter parameter : tool.parameters()) {
            Value given = arguments.get(parameter.name());
            for (Policy policy : POLICIES) {
                Optional<String> broken = policy.check(parameter, given == null ? NullValue.NULL : given);
                if (broken.isPresent()) return new Checked.Invalid(broken.get() + " Expected arguments: " + tool.jsonSchema());
            }
        }
        return new Checked.Valid(arguments);
    }

    private static Optional<String> requiredIsPresent(ToolParameter parameter, Value given) {
        boolean missing = given instanceof NullValue || given instanceof TextValue text && text.asText().isBlank();
        return missing && !parameter.optional()
                ? Optional.of("The required argument \"" + parameter.name() + "\" is missing.") : Optional.empty();
    }

    private static Optional<String> typeMatches(ToolParameter parameter, Value given) {
        if (given instanceof NullValue) return Optional.empty();
        boolean fits = switch (parameter.jsonType()) {
            case "integer" -> given instanceof NumberValue n && n.value().stripTrailingZeros().scale() <= 0;
            case "number" -> given instanceof NumberValue;
            case "boolean" -> given instanceof BoolValue;
            default -> given instanceof TextValue;
        };
        return fits ? Optional.empty() : Optional.of("The argument \"" + parameter.name() + "\" must be "
                + article(parameter.jsonType()) + ", not " + given.asText() + ".");
    }

    private static Optional<String> valueIsAChoice(ToolParameter parameter, Value given) {
        if (given instanceof NullValue || parameter.choices().isEmpty()) return Optional.empty();
        return parameter.choices().contains(given.asText()) ? Optional.empty()
                : Optional.of("The argument \"" + parameter.name() + "\" must be one of " + parameter.choices() + ".");
    }

    private static String article(String type) {
        return type.equals("integer") ? "an integer" : "a " + type;
    }

    /** A tool's RETURN value as the model reads it: text as it is, anything else as JSON. */
    static String resultText(Value result) {
        return switch (result) {
            case NullValue none -> "The tool finished without a result.";
            case TextValue text -> text.asText();
            default -> JsonValues.write(result);
        };
    }
}
