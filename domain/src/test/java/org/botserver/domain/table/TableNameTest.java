package org.botserver.domain.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TableNameTest {

    @Test
    void a_csv_file_name_names_the_table_without_its_ending() {
        assertEquals(new TableName("products"), TableName.of("products.csv"));
        assertEquals(new TableName("products"), TableName.of(" Products.CSV "));
        assertEquals(new TableName("order_items"), TableName.of("order_items"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"orders; drop table x", "a.b", "public.orders", "\"orders\"", "1orders", "or ders",
            "orders--", "../orders", "ordérs"})
    void a_name_that_is_not_a_plain_identifier_is_refused_with_a_plain_message(String name) {
        String message = assertThrows(IllegalArgumentException.class, () -> TableName.of(name)).getMessage();

        assertTrue(message.contains("is not a table name"), message);
    }

    @Test
    void an_empty_name_or_one_over_63_characters_is_refused() {
        assertEquals("The table name is empty; name one, like \"products\".",
                assertThrows(IllegalArgumentException.class, () -> TableName.of(".csv")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> TableName.of("t".repeat(64)));
        assertEquals(63, TableName.of("t".repeat(63)).value().length());
    }

    @Test
    void a_column_named_by_a_field_or_header_becomes_a_lower_case_identifier() {
        assertEquals(new ColumnName("unit_price"), ColumnName.of("Unit Price"));
        assertEquals(new ColumnName("e_mail"), ColumnName.of("e-mail"));
        assertEquals(ColumnName.ID, ColumnName.of("ID"));
        assertTrue(ColumnName.isValid("city"));
        assertFalse(ColumnName.isValid("City"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"name\"; drop", "a.b", "1st", "", "x(y)"})
    void a_column_name_that_is_not_an_identifier_is_refused(String name) {
        String message = assertThrows(IllegalArgumentException.class, () -> ColumnName.of(name)).getMessage();

        assertTrue(message.contains("is not a column name"), message);
    }
}
