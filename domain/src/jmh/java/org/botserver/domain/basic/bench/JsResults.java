package org.botserver.domain.basic.bench;

import org.graalvm.polyglot.Value;

/** Checks that a GraalJS run computed what the other contenders compute. */
final class JsResults {

    private JsResults() {
    }

    static void check(Value result) {
        CountedLoop.Result java = CountedLoop.inJava(CountedLoop.ITERATIONS);
        long sum = result.getArrayElement(0).asLong();
        String text = result.getArrayElement(1).asString();
        if (sum != java.sum() || !text.equals(java.text())) {
            throw new IllegalStateException("GraalJS computed " + sum + "/\"" + text + "\", expected " + java);
        }
    }
}
