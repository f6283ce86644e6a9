package org.botserver.domain.basic.value;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A 0-based, growable array; BASIC programs mutate it in place (a[i] = x). */
public record ArrayValue(List<Value> elements) implements Value {

    public ArrayValue {
        Objects.requireNonNull(elements, "elements");
    }

    public static ArrayValue of(List<? extends Value> values) { return new ArrayValue(new ArrayList<>(values)); }

    public static ArrayValue empty() { return new ArrayValue(new ArrayList<>()); }

    public int size() { return elements.size(); }

    @Override public boolean truthy() { return !elements.isEmpty(); }

    /** The elements joined by ", "; an element holding this array again shows as "…". */
    @Override public String asText() {
        return ContainerText.of(this);
    }
}
