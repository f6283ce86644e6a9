package org.botserver.domain.basic.builtins;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Collects the definitions of each family of built-ins under their names and aliases. */
final class Registry {

    static final int VARIADIC = Integer.MAX_VALUE;

    private final Map<String, BuiltinFunction> functions = new HashMap<>();

    /** Defines a function under each of its names; messages name the one the script used. */
    void define(int min, int max, Definition.Body body, String... names) {
        for (String name : names) {
            String key = key(name);
            if (functions.containsKey(key)) throw new IllegalStateException("Built-in defined twice: " + key);
            functions.put(key, new Definition(key, min, max, body));
        }
    }

    Map<String, BuiltinFunction> functions() {
        return Map.copyOf(functions);
    }

    /** Upper case with single spaces, so "json  parse" finds "JSON PARSE". */
    static String key(String name) {
        return name.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }
}
