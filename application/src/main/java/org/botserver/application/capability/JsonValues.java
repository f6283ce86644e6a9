package org.botserver.application.capability;

import java.time.Clock;
import java.util.List;
import java.util.random.RandomGenerator;
import org.botserver.domain.basic.builtins.BuiltinContext;
import org.botserver.domain.basic.builtins.Builtins;
import org.botserver.domain.basic.runtime.Limits;
import org.botserver.domain.basic.value.TextValue;
import org.botserver.domain.basic.value.Value;

/**
 * JSON to and from BASIC values with the language's own TOJSON and JSON PARSE under the default limits, so what a
 * capability reads or writes (HTTP bodies, tool arguments and results) follows the same rules as a script.
 */
public final class JsonValues {

    private static final BuiltinContext CONTEXT = new BuiltinContext(Clock.systemUTC(), RandomGenerator.getDefault(),
            Limits.defaults().stringLength(), Limits.defaults().arraySize());

    private JsonValues() {
    }

    public static String write(Value value) {
        return Builtins.find("TOJSON").orElseThrow().call(List.of(value), CONTEXT).asText();
    }

    /** @throws org.botserver.domain.basic.builtins.BuiltinException when the text is not JSON */
    public static Value read(String json) {
        return Builtins.find("JSON PARSE").orElseThrow().call(List.of(new TextValue(json)), CONTEXT);
    }
}
