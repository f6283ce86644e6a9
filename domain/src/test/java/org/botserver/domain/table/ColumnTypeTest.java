package org.botserver.domain.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.botserver.domain.basic.value.ArrayValue;
import org.botserver.domain.basic.value.BoolValue;
import org.botserver.domain.basic.value.DateValue;
import org.botserver.domain.basic.value.NullValue;
import org.botserver.domain.basic.value.NumberValue;
import org.botserver.domain.basic.value.TextValue;
import org.junit.jupiter.api.Test;

class ColumnTypeTest {

    private static final ColumnName PRICE = new ColumnName("price");

    @Test
    void a_new_column_takes_the_type_of_its_first_value() {
        assertEquals(ColumnType.NUMBER, ColumnType.of(NumberValue.of(3)));
        assertEquals(ColumnType.BOOLEAN, ColumnType.of(BoolValue.TRUE));
        assertEquals(ColumnType.TIMESTAMP, ColumnType.of(new DateValue(LocalDateTime.of(2026, 1, 1, 9, 0))));
        assertEquals(ColumnType.TEXT, ColumnType.of(new TextValue("17")));
        assertEquals(ColumnType.TEXT, ColumnType.of(NullValue.NULL));
    }

    @Test
    void text_that_reads_as_the_column_type_is_converted() {
        assertEquals(new NumberValue(new BigDecimal("17.50")), ColumnType.NUMBER.convert(new TextValue(" 17.50 "), PRICE));
        assertEquals(BoolValue.FALSE, ColumnType.BOOLEAN.convert(new TextValue("false"), PRICE));
        assertEquals(new DateValue(LocalDateTime.of(2026, 11, 25, 14, 30)),
                ColumnType.TIMESTAMP.convert(new TextValue("2026-11-25 14:30"), PRICE));
        assertEquals(new TextValue("12"), ColumnType.TEXT.convert(NumberValue.of(12), PRICE));
        assertEquals(NullValue.NULL, ColumnType.NUMBER.convert(NullValue.NULL, PRICE));
    }

    @Test
    void a_value_the_column_cannot_hold_is_refused_naming_the_column() {
        assertEquals("The column price holds numbers; 'abc' is not one.",
                assertThrows(IllegalArgumentException.class, () -> ColumnType.NUMBER.convert(new TextValue("abc"), PRICE)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> ColumnType.NUMBER.convert(BoolValue.TRUE, PRICE));
        assertThrows(IllegalArgumentException.class, () -> ColumnType.TIMESTAMP.convert(new TextValue("soon"), PRICE));
        assertThrows(IllegalArgumentException.class, () -> ColumnType.TEXT.convert(ArrayValue.empty(), PRICE));
    }
}
