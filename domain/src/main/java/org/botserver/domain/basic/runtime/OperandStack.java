package org.botserver.domain.basic.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.botserver.domain.basic.value.Value;

/** The operand stack of a running dialog: an array that grows, so pushes and pops allocate nothing. */
final class OperandStack {

    private Value[] values;
    private int size;

    OperandStack(int capacity) {
        values = new Value[Math.max(capacity, 16)];
    }

    void push(Value v) {
        if (size == values.length) values = Arrays.copyOf(values, size * 2);
        values[size++] = v;
    }

    Value pop() {
        Value v = values[--size];
        values[size] = null;
        return v;
    }

    /** Removes the top {@code n} values and returns them, the deepest first. */
    List<Value> popMany(int n) {
        List<Value> top = new ArrayList<>(Arrays.asList(values).subList(size - n, size));
        truncate(size - n);
        return top;
    }

    int size() {
        return size;
    }

    Value get(int i) {
        return values[i];
    }

    void truncate(int to) {
        Arrays.fill(values, to, size, null);
        size = to;
    }
}
