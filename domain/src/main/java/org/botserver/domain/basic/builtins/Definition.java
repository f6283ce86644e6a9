package org.botserver.domain.basic.builtins;

import java.util.List;
import org.botserver.domain.basic.value.Value;

/** A built-in under one name with the number of arguments it accepts, so every function reports a wrong call alike. */
record Definition(String name, int min, int max, Body body) implements BuiltinFunction {

    /** The function's computation, given arguments already counted. */
    @FunctionalInterface
    interface Body {
        Value apply(Call call);
    }

    @Override
    public Value call(List<Value> arguments, BuiltinContext context) {
        int n = arguments.size();
        if (n < min || n > max) throw new BuiltinException(name + " expects " + expected());
        return body.apply(new Call(name, arguments, context));
    }

    private String expected() {
        if (max == Integer.MAX_VALUE) return "at least " + plural(min);
        if (min == max) return plural(min);
        if (max == min + 1) return min + " or " + plural(max);
        return min + " to " + plural(max);
    }

    private static String plural(int n) {
        return n == 1 ? "1 argument" : n + " arguments";
    }
}
