package org.botserver.domain.basic.value;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** A record of named fields in insertion order ({name: "Ana", age: 3}); member names are case-insensitive. */
public record ObjectValue(Map<String, Value> fields) implements Value {

    public ObjectValue {
        Objects.requireNonNull(fields, "fields");
    }

    public static ObjectValue empty() { return new ObjectValue(new LinkedHashMap<>()); }

    /** The field whose name matches case-insensitively, or NULL. */
    public Value get(String name) {
        Value exact = fields.get(name);
        if (exact != null) return exact;
        for (Map.Entry<String, Value> e : fields.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) return e.getValue();
        }
        return NullValue.NULL;
    }

    /** Sets the field, keeping the existing spelling of its name if it already exists. */
    public void put(String name, Value value) {
        for (String key : fields.keySet()) {
            if (key.equalsIgnoreCase(name)) {
                fields.put(key, value);
                return;
            }
        }
        fields.put(name, value);
    }

    @Override public boolean truthy() { return !fields.isEmpty(); }

    /** {@code {name: Ana, age: 3}}; a field holding this object again shows as "…". */
    @Override public String asText() {
        return ContainerText.of(this);
    }
}
