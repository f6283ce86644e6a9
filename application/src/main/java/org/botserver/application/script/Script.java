package org.botserver.application.script;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.botserver.domain.basic.value.Value;

/**
 * JavaScript to run: the name its errors are reported under ("shop.gbdialog/vat.js"), its source, how the source
 * is read, and the BASIC values it receives, by name and in order.
 */
public record Script(String name, String source, ScriptForm form, Map<String, Value> inputs) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

    public Script {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(form, "form");
        inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
        for (String input : inputs.keySet()) {
            if (!NAME.matcher(input).matches()) throw new IllegalArgumentException("not a JavaScript name: " + input);
        }
    }
}
