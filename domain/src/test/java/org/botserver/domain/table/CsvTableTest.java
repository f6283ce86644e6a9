package org.botserver.domain.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.botserver.domain.basic.value.BoolValue;
import org.botserver.domain.basic.value.DateValue;
import org.botserver.domain.basic.value.NullValue;
import org.botserver.domain.basic.value.NumberValue;
import org.botserver.domain.basic.value.TextValue;
import org.junit.jupiter.api.Test;

class CsvTableTest {

    private static final ColumnName NAME = new ColumnName("name"), PRICE = new ColumnName("price");

    @Test
    void the_file_names_the_table_and_the_header_names_the_columns() {
        CsvTable csv = CsvTable.parse("shop.gbdata/Products.csv", "Name,Unit Price\npen,1.5\n");

        assertEquals(new TableName("products"), csv.table());
        assertEquals(List.of(NAME, new ColumnName("unit_price")), csv.columns());
        assertEquals(1, csv.rows().size());
    }

    @Test
    void each_column_is_typed_as_a_whole() {
        CsvTable csv = CsvTable.parse("t.csv", "name,price,vip,since,zip\npen,1.50,true,2026-01-31,01234\nink,,FALSE,2026-02-01 10:30,98765\n");

        assertEquals(new TextValue("pen"), csv.rows().get(0).get(NAME));
        assertEquals(new NumberValue(new BigDecimal("1.50")), csv.rows().get(0).get(PRICE));
        assertEquals(NullValue.NULL, csv.rows().get(1).get(PRICE));
        assertEquals(BoolValue.FALSE, csv.rows().get(1).get(new ColumnName("vip")));
        assertEquals(new DateValue(LocalDate.of(2026, 1, 31).atStartOfDay()), csv.rows().get(0).get(new ColumnName("since")));
        // A leading zero makes a code, not a number: the whole column stays text.
        assertEquals(new TextValue("98765"), csv.rows().get(1).get(new ColumnName("zip")));
    }

    @Test
    void quoted_fields_hold_commas_quotes_and_line_breaks() {
        CsvTable csv = CsvTable.parse("t.csv", "\uFEFFname,note\r\n\"Smith, Ana\",\"said \"\"hi\"\"\nand left\"\r\n\r\n");

        assertEquals(new TextValue("Smith, Ana"), csv.rows().getFirst().get(NAME));
        assertEquals(new TextValue("said \"hi\"\nand left"), csv.rows().getFirst().get(new ColumnName("note")));
        assertEquals(1, csv.rows().size());
    }

    @Test
    void a_row_with_the_wrong_number_of_fields_is_refused_naming_its_line() {
        String message = assertThrows(IllegalArgumentException.class,
                () -> CsvTable.parse("t.csv", "name,price\npen,1\nink\n")).getMessage();

        assertEquals("t.csv row 3 has 1 fields, but the header names 2 columns.", message);
    }

    @Test
    void a_bad_header_or_file_name_is_refused() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CsvTable.parse("t.csv", "name,name\n"))
                .getMessage().contains("names the column name twice"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CsvTable.parse("t.csv", "name,\"a\"\"b\"\n"))
                .getMessage().contains("is not a column name"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CsvTable.parse("my orders!.csv", "a\n1\n"))
                .getMessage().startsWith("my orders!.csv: "));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CsvTable.parse("t.csv", "a\n\"1\n"))
                .getMessage().contains("never closed"));
    }
}
