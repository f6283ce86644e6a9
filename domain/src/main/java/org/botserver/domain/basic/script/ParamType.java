package org.botserver.domain.basic.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code {type}} of an {@code @param}: string, number, integer or boolean (as BASIC's STRING, NUMBER,
 * INTEGER, BOOLEAN), or a union of string literals ({@code {"S"|"M"|"L"}}) offered as a choice; a trailing
 * {@code =} marks the argument optional, as in JSDoc.
 */
record ParamType(String basicType, List<String> choices, boolean optional) {

    ParamType {
        choices = List.copyOf(choices);
    }

    /** The type written between the braces, or empty when it is not one a tool can take. */
    static Optional<ParamType> of(String written) {
        String type = written.strip();
        boolean optional = type.endsWith("=");
        if (optional) type = type.substring(0, type.length() - 1).strip();
        Optional<String> basic = switch (type.toLowerCase(Locale.ROOT)) {
            case "string" -> Optional.of("STRING");
            case "number" -> Optional.of("NUMBER");
            case "integer", "int" -> Optional.of("INTEGER");
            case "boolean", "bool" -> Optional.of("BOOLEAN");
            default -> Optional.empty();
        };
        if (basic.isPresent()) return Optional.of(new ParamType(basic.get(), List.of(), optional));
        return choices(type).map(choices -> new ParamType("STRING", choices, optional));
    }

    /** {@code "a"|'b'}: every alternative a quoted text, none empty. */
    private static Optional<List<String>> choices(String type) {
        List<String> found = new ArrayList<>();
        int i = 0;
        while (i < type.length()) {
            char quote = type.charAt(i);
            if (quote != '"' && quote != '\'') return Optional.empty();
            int close = type.indexOf(quote, i + 1);
            if (close < 0 || close == i + 1) return Optional.empty();
            found.add(type.substring(i + 1, close));
            i = close + 1;
            while (i < type.length() && type.charAt(i) == ' ') i++;
            if (i == type.length()) break;
            if (type.charAt(i) != '|') return Optional.empty();
            i++;
            while (i < type.length() && type.charAt(i) == ' ') i++;
            if (i == type.length()) return Optional.empty();
        }
        return found.isEmpty() ? Optional.empty() : Optional.of(found);
    }
}
