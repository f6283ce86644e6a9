package org.botserver.domain.basic.runtime;

import java.math.BigDecimal;
import java.util.List;
import org.botserver.domain.basic.value.*;

/** Reading and writing members and elements ({@code a.b}, {@code a[i]}) within the size limits. */
final class Accessors {

    private final Limits limits;

    Accessors(Limits limits) {
        this.limits = limits;
    }

    Value member(Value target, String name) {
        return switch (target) {
            case ObjectValue o -> o.get(name);
            case NullValue n -> NullValue.NULL;
            case ArrayValue a when name.equalsIgnoreCase("length") || name.equalsIgnoreCase("count") ->
                    NumberValue.of(a.size());
            default -> throw new BasicError("Cannot read ." + name + " of " + Operators.describe(target) + ".");
        };
    }

    Value index(Value target, Value index) {
        return switch (target) {
            case ArrayValue a -> {
                int i = position(index);
                yield i >= 0 && i < a.size() ? a.elements().get(i) : NullValue.NULL;
            }
            case ObjectValue o -> o.get(index.asText());
            case TextValue t -> {
                int i = position(index);
                yield i >= 0 && i < t.value().length() ? new TextValue(String.valueOf(t.value().charAt(i))) : TextValue.EMPTY;
            }
            case NullValue n -> NullValue.NULL;
            default -> throw new BasicError("Cannot index " + Operators.describe(target) + ".");
        };
    }

    Value memberContainer(Value target, String name, boolean array) {
        Value v = member(target, name);
        if (v instanceof NullValue) {
            v = array ? ArrayValue.empty() : ObjectValue.empty();
            setMember(target, name, v);
        }
        return v;
    }

    void setMember(Value target, String name, Value value) {
        if (target instanceof ObjectValue o) o.put(name, value);
        else throw new BasicError("Cannot set ." + name + " on " + Operators.describe(target) + ".");
    }

    void setIndex(Value target, Value index, Value value) {
        switch (target) {
            case ArrayValue a -> {
                int i = position(index);
                if (i < 0) throw new BasicError("Array index " + index.asText() + " is negative.");
                if (i >= limits.arraySize()) throw arrayTooLarge();
                while (a.size() <= i) a.elements().add(NullValue.NULL);
                a.elements().set(i, value);
            }
            case ObjectValue o -> o.put(index.asText(), value);
            default -> throw new BasicError("Cannot set an element of " + Operators.describe(target) + ".");
        }
    }

    private static int position(Value index) {
        BigDecimal n = Arithmetic.number(index, org.botserver.domain.basic.ast.BinaryOp.ADD);
        if (!Operators.isInteger(n)) throw new BasicError("Array index " + n.toPlainString() + " is not a whole number.");
        if (n.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) return Integer.MAX_VALUE;
        if (n.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) < 0) return -1;
        return n.intValue();
    }

    /** A LOAD for assignment into: creates an object (or array) in the variable while it is NULL. */
    static Value container(Machine m, int ref, boolean array) {
        Value v = m.load(ref);
        if (v instanceof NullValue) {
            v = array ? ArrayValue.empty() : ObjectValue.empty();
            m.store(ref, v);
        }
        return v;
    }

    /** Pops value, index and target, sets target[index] = value. */
    void setIndex(OperandStack stack) {
        Value value = stack.pop();
        Value index = stack.pop();
        setIndex(stack.pop(), index, value);
    }

    Value makeArray(List<Value> elements) {
        if (elements.size() > limits.arraySize()) throw arrayTooLarge();
        return ArrayValue.of(elements);
    }

    Value makeObject(Object keys, List<Value> values) {
        ObjectValue object = ObjectValue.empty();
        List<?> names = (List<?>) keys;
        for (int i = 0; i < values.size(); i++) object.put((String) names.get(i), values.get(i));
        return object;
    }

    Value concat(List<Value> parts) {
        StringBuilder text = new StringBuilder();
        for (Value v : parts) text.append(v.asText());
        return checkText(new TextValue(text.toString()));
    }

    /** The value, once a text is known to be within the length limit. */
    Value checked(Value v) {
        return v instanceof TextValue t ? checkText(t) : v;
    }

    TextValue checkText(TextValue t) {
        if (t.value().length() > limits.stringLength()) {
            throw new BasicError("Text longer than the limit of " + limits.stringLength() + " characters.", true);
        }
        return t;
    }

    BasicError arrayTooLarge() {
        return new BasicError("Array larger than the limit of " + limits.arraySize() + " elements.", true);
    }
}
