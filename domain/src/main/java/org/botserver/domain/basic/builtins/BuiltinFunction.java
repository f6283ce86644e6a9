package org.botserver.domain.basic.builtins;

import java.util.List;
import org.botserver.domain.basic.value.Value;

/** A built-in BASIC function such as LEN, MID or FORMAT; pure apart from the clock and randomness in its context. */
@FunctionalInterface
public interface BuiltinFunction {

    /**
     * Computes the function's value.
     *
     * @throws BuiltinException with a plain message when the arguments are wrong (count or type)
     */
    Value call(List<Value> arguments, BuiltinContext context);
}
