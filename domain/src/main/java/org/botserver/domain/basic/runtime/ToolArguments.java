package org.botserver.domain.basic.runtime;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.botserver.domain.basic.Program;
import org.botserver.domain.basic.ToolParameter;
import org.botserver.domain.basic.hear.HearCheck;
import org.botserver.domain.basic.hear.HearTypes;
import org.botserver.domain.basic.value.BoolValue;
import org.botserver.domain.basic.value.NullValue;
import org.botserver.domain.basic.value.NumberValue;
import org.botserver.domain.basic.value.TextValue;
import org.botserver.domain.basic.value.Value;

/** Binds a tool call's arguments to the dialog's variables, each converted to its PARAM type. */
final class ToolArguments {

    private ToolArguments() {
    }

    /** Binds every argument; returns the reason when one is missing or invalid. */
    static Optional<String> bind(Program program, Map<String, Value> arguments, Frame main, Clock clock) {
        arguments.forEach((name, value) -> main.store(name.toLowerCase(Locale.ROOT), value));
        if (program.tool().isEmpty()) return Optional.empty();
        for (ToolParameter p : program.tool().get().parameters()) {
            Value given = find(arguments, p.name());
            String variable = p.name().toLowerCase(Locale.ROOT);
            if (given == null || given instanceof NullValue) {
                if (!p.optional()) return Optional.of("Missing argument " + p.name() + " for tool " + program.name() + ".");
                main.store(variable, NullValue.NULL);
                continue;
            }
            Value value = given;
            boolean alreadyTyped = given instanceof NumberValue && p.jsonType().matches("integer|number")
                    || given instanceof BoolValue && p.jsonType().equals("boolean");
            if (!alreadyTyped && HearTypes.isKnown(p.type())) {
                switch (HearTypes.check(p.type(), given.asText(), clock)) {
                    case HearCheck.Accepted a -> value = a.value();
                    case HearCheck.Rejected r -> {
                        return Optional.of("Argument " + p.name() + " of tool " + program.name() + ": " + r.message());
                    }
                }
            }
            if (!p.choices().isEmpty()) {
                Optional<String> choice = choice(p, value.asText());
                if (choice.isEmpty()) {
                    return Optional.of("Argument " + p.name() + " of tool " + program.name() + ": \"" + value.asText()
                            + "\" is not one of " + String.join(", ", p.choices()) + ".");
                }
                // The declared spelling, so the dialog can compare with the literal it wrote in ENUM.
                if (value instanceof TextValue) value = new TextValue(choice.get());
            }
            main.store(variable, value);
        }
        return Optional.empty();
    }

    private static Optional<String> choice(ToolParameter p, String given) {
        return p.choices().stream().filter(c -> c.equalsIgnoreCase(given.strip())).findFirst();
    }

    private static Value find(Map<String, Value> arguments, String name) {
        for (Map.Entry<String, Value> e : arguments.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) return e.getValue();
        }
        return null;
    }
}
