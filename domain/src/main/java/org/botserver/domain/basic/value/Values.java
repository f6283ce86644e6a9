package org.botserver.domain.basic.value;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Conversions between plain Java values and BASIC values. */
public final class Values {

    private Values() {
    }

    public static Value of(Object o) {
        return switch (o) {
            case null -> NullValue.NULL;
            case Value v -> v;
            case Boolean b -> BoolValue.of(b);
            case BigDecimal d -> new NumberValue(d);
            case Integer i -> NumberValue.of(i);
            case Long l -> NumberValue.of(l);
            case Number n -> NumberValue.of(n.doubleValue());
            case CharSequence s -> new TextValue(s.toString());
            case LocalDateTime t -> new DateValue(t);
            case LocalDate d -> new DateValue(d.atStartOfDay());
            case List<?> list -> {
                List<Value> values = new ArrayList<>(list.size());
                for (Object e : list) values.add(of(e));
                yield new ArrayValue(values);
            }
            case Map<?, ?> map -> {
                Map<String, Value> fields = new LinkedHashMap<>();
                map.forEach((k, v) -> fields.put(String.valueOf(k), of(v)));
                yield new ObjectValue(fields);
            }
            default -> new TextValue(o.toString());
        };
    }
}
