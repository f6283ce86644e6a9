package org.botserver.domain.basic.builtins;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The built-in functions of the BASIC dialect, looked up by name (case-insensitive, "JSON PARSE" with one space). */
public final class Builtins {

    private static final Map<String, BuiltinFunction> FUNCTIONS = all();

    private Builtins() {
    }

    public static Optional<BuiltinFunction> find(String name) {
        if (name == null) return Optional.empty();
        return Optional.ofNullable(FUNCTIONS.get(Registry.key(name)));
    }

    /** Every name a script may call, in alphabetical order. */
    public static Set<String> names() {
        return new TreeSet<>(FUNCTIONS.keySet());
    }

    private static Map<String, BuiltinFunction> all() {
        Registry registry = new Registry();
        TextFunctions.register(registry);
        MathFunctions.register(registry);
        DateFunctions.register(registry);
        FormatFunction.register(registry);
        CollectionFunctions.register(registry);
        JsonFunctions.register(registry);
        return registry.functions();
    }
}
