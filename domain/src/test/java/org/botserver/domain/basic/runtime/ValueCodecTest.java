package org.botserver.domain.basic.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.botserver.domain.basic.value.ArrayValue;
import org.botserver.domain.basic.value.BoolValue;
import org.botserver.domain.basic.value.DateValue;
import org.botserver.domain.basic.value.NullValue;
import org.botserver.domain.basic.value.NumberValue;
import org.botserver.domain.basic.value.ObjectValue;
import org.botserver.domain.basic.value.TextValue;
import org.botserver.domain.basic.value.Value;
import org.junit.jupiter.api.Test;

/** A value kept outside a dialog comes back exactly as it was kept. */
class ValueCodecTest {

    private static Value roundTrip(Value value) {
        return ValueCodec.fromBytes(ValueCodec.toBytes(value));
    }

    @Test
    void scalars_keep_their_type_and_precision() {
        assertEquals(new NumberValue(new BigDecimal("3.140")), roundTrip(new NumberValue(new BigDecimal("3.140"))));
        assertEquals(new NumberValue(new BigDecimal("0.1")), roundTrip(new NumberValue(new BigDecimal("0.1"))));
        assertEquals(new TextValue("olá"), roundTrip(new TextValue("olá")));
        assertSame(BoolValue.TRUE, roundTrip(BoolValue.TRUE));
        assertSame(NullValue.NULL, roundTrip(NullValue.NULL));
        DateValue date = new DateValue(LocalDateTime.of(2025, 1, 6, 9, 30));
        assertEquals(date, roundTrip(date));
    }

    @Test
    void objects_and_arrays_keep_their_order_and_nesting() {
        Map<String, Value> fields = new LinkedHashMap<>();
        fields.put("name", new TextValue("Ana"));
        fields.put("tags", ArrayValue.of(List.of(new TextValue("a"), NumberValue.of(2))));
        ObjectValue restored = assertInstanceOf(ObjectValue.class, roundTrip(new ObjectValue(fields)));

        assertEquals(List.of("name", "tags"), List.copyOf(restored.fields().keySet()));
        assertEquals("Ana", restored.get("name").asText());
        assertEquals(NumberValue.of(2), ((ArrayValue) restored.get("tags")).elements().get(1));
    }

    @Test
    void an_object_that_contains_itself_comes_back_without_looping() {
        ObjectValue self = ObjectValue.empty();
        self.put("me", self);

        ObjectValue restored = (ObjectValue) roundTrip(self);

        assertSame(restored, restored.get("me"));
    }

    @Test
    void bytes_that_are_no_stored_value_are_refused() {
        assertThrows(IllegalArgumentException.class, () -> ValueCodec.fromBytes(new byte[] {1, 2, 3}));
        assertThrows(IllegalArgumentException.class, () -> ValueCodec.fromBytes(new byte[0]));
        byte[] text = ValueCodec.toBytes(new TextValue("abc"));
        byte[] cut = java.util.Arrays.copyOf(text, text.length - 1);
        assertThrows(IllegalArgumentException.class, () -> ValueCodec.fromBytes(cut));
    }
}
