package org.botserver.adapter.out.llm.script;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.botserver.domain.basic.value.ArrayValue;
import org.botserver.domain.basic.value.BoolValue;
import org.botserver.domain.basic.value.NullValue;
import org.botserver.domain.basic.value.NumberValue;
import org.botserver.domain.basic.value.ObjectValue;
import org.botserver.domain.basic.value.TextValue;
import org.botserver.domain.basic.value.Value;

/**
 * A script's result as a BASIC value: numbers, text, booleans, null and undefined, arrays and plain objects of
 * them. Anything else (a function, a Symbol, a Map, a Promise, a Date, NaN) is refused with a plain reason, and
 * so is a result larger than the limit or nested more deeply than BASIC values can be saved.
 */
final class ResultValues {

    /** Why a result cannot be handed back. */
    static final class Refused extends RuntimeException {
        final boolean tooLarge;

        Refused(String message, boolean tooLarge) {
            super(message, null, false, false);
            this.tooLarge = tooLarge;
        }
    }

    static final int MAX_DEPTH = 64;

    private final long maxSize;
    private long size;

    private ResultValues(long maxSize) {
        this.maxSize = maxSize;
    }

    /** Converts the value, counting characters and elements against {@code maxSize}. */
    static Value toBasic(org.graalvm.polyglot.Value value, long maxSize) {
        return new ResultValues(maxSize).convert(value, 0);
    }

    private Value convert(org.graalvm.polyglot.Value v, int depth) {
        if (depth > MAX_DEPTH) throw new Refused("The result is nested more than " + MAX_DEPTH + " levels deep (or contains itself).", false);
        if (v.isNull()) return NullValue.NULL;
        if (v.isBoolean()) return BoolValue.of(v.asBoolean());
        if (v.isString()) {
            String text = v.asString();
            count(text.length());
            return new TextValue(text);
        }
        if (v.isNumber()) return number(v);
        if (v.canExecute()) throw refused("a function");
        if (v.isDate() || v.isTime() || v.isInstant()) throw new Refused("The result is a Date; return date.toISOString() instead.", false);
        String kind = kind(v);
        if (v.hasArrayElements() && (kind.equals("Array") || kind.endsWith("Array"))) {
            long length = v.getArraySize();
            count(length);
            List<Value> elements = new ArrayList<>((int) length);
            for (long i = 0; i < length; i++) elements.add(convert(v.getArrayElement(i), depth + 1));
            return ArrayValue.of(elements);
        }
        if (v.hasMembers() && kind.equals("Object")) {
            Map<String, Value> fields = new LinkedHashMap<>();
            for (String key : v.getMemberKeys()) {
                count(1 + key.length());
                fields.put(key, convert(v.getMember(key), depth + 1));
            }
            return new ObjectValue(fields);
        }
        throw refused(kind.isEmpty() ? "a value of an unknown kind" : "a " + kind);
    }

    private static Value number(org.graalvm.polyglot.Value v) {
        if (v.fitsInLong()) return NumberValue.of(v.asLong());
        double d = v.asDouble();
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw new Refused("The result is " + (Double.isNaN(d) ? "NaN" : "Infinity") + ", which is not a number BASIC can hold.", false);
        }
        return NumberValue.of(d);
    }

    private void count(long units) {
        size += units;
        if (size > maxSize) {
            throw new Refused("The result is larger than " + maxSize + " characters and elements.", true);
        }
    }

    private static String kind(org.graalvm.polyglot.Value v) {
        org.graalvm.polyglot.Value meta = v.getMetaObject();
        return meta == null ? "" : meta.getMetaSimpleName();
    }

    private static Refused refused(String what) {
        return new Refused("The result is " + what + "; a script gives text, numbers, booleans, null, "
                + "or arrays and plain objects of them.", false);
    }
}
