package org.botserver.domain.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.botserver.domain.basic.value.BoolValue;
import org.botserver.domain.basic.value.NullValue;
import org.botserver.domain.basic.value.TextValue;
import org.junit.jupiter.api.Test;

class TableFilterTest {

    private static Condition only(String filter) {
        List<Condition> conditions = TableFilter.parse(filter).conditions();
        assertEquals(1, conditions.size(), conditions.toString());
        return conditions.getFirst();
    }

    @Test
    void a_blank_filter_selects_every_row() {
        assertTrue(TableFilter.parse("").selectsAll());
        assertTrue(TableFilter.parse("   ").selectsAll());
        assertTrue(TableFilter.parse(null).selectsAll());
    }

    @Test
    void a_condition_names_a_column_a_comparison_and_the_value_as_written() {
        assertEquals(new Condition(new ColumnName("city"), Comparison.EQUALS, new TextValue("Rio")), only("city = Rio"));
        assertEquals(new Condition(new ColumnName("id"), Comparison.EQUALS, new TextValue("17")), only("id=17"));
    }

    @Test
    void every_comparison_is_read_with_or_without_spaces() {
        assertEquals(Comparison.NOT_EQUALS, only("a <> 1").comparison());
        assertEquals(Comparison.NOT_EQUALS, only("a != 1").comparison());
        assertEquals(Comparison.LESS, only("a<1").comparison());
        assertEquals(Comparison.LESS_OR_EQUAL, only("a <= 1").comparison());
        assertEquals(Comparison.GREATER, only("a > 1").comparison());
        assertEquals(Comparison.GREATER_OR_EQUAL, only("a>=1").comparison());
        assertEquals(Comparison.LIKE, only("name like 'An%'").comparison());
    }

    @Test
    void column_names_are_read_case_insensitively() {
        assertEquals(new ColumnName("city"), only("City = Rio").column());
    }

    @Test
    void conditions_are_joined_by_and() {
        TableFilter filter = TableFilter.parse("city = Rio AND age >= 18 and vip = true");

        assertEquals(3, filter.conditions().size());
        assertEquals(BoolValue.TRUE, filter.conditions().get(2).value());
        assertEquals(List.of("city", "age", "vip"), filter.columns().stream().map(ColumnName::value).toList());
    }

    @Test
    void quoted_values_keep_their_spaces_and_doubled_quotes() {
        assertEquals(new TextValue("Rio de Janeiro"), only("city = 'Rio de Janeiro'").value());
        assertEquals(new TextValue("O'Brien"), only("name = 'O''Brien'").value());
        assertEquals(new TextValue("say \"hi\""), only("note = \"say \"\"hi\"\"\"").value());
        assertEquals(new TextValue("a AND b; c"), only("note = 'a AND b; c'").value());
    }

    @Test
    void an_interpolated_value_needs_no_quotes_even_with_spaces_or_an_apostrophe() {
        assertEquals(new TextValue("Rio de Janeiro"), only("city = Rio de Janeiro").value());
        assertEquals(new TextValue("O'Brien"), only("name = O'Brien").value());
        assertEquals(new TextValue("ana@example.com"), only("email = ana@example.com").value());
        assertEquals(new TextValue("2026-11-25"), only("due < 2026-11-25").value());
        assertEquals(new TextValue("-12.5"), only("balance > -12.5").value());
    }

    @Test
    void null_compares_with_equals_and_not_equals_only() {
        assertEquals(NullValue.NULL, only("email = NULL").value());
        assertEquals(NullValue.NULL, only("email <> null").value());
        assertEquals("email < NULL compares with nothing; only = NULL and <> NULL can be asked.",
                TableFilterRefusalTest.refusal("email < NULL"));
    }

    @Test
    void a_filter_shows_as_it_would_be_written() {
        assertEquals("city = 'Rio de Janeiro' AND n >= '3'", TableFilter.parse("city = Rio de Janeiro and n>=3").toString());
    }
}
