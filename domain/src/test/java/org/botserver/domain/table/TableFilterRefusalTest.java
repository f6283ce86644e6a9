package org.botserver.domain.table;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Filters are conditions joined by AND and nothing else: what SQL injection tries is refused with a plain message. */
class TableFilterRefusalTest {

    static String refusal(String filter) {
        return assertThrows(IllegalArgumentException.class, () -> TableFilter.parse(filter)).getMessage();
    }

    private static void refusedSaying(String filter, String part) {
        String message = refusal(filter);
        assertTrue(message.contains(part), message);
    }

    @Test
    void a_semicolon_ending_a_statement_is_refused() {
        refusedSaying("id = 1; DROP TABLE orders", "cannot contain ';'");
    }

    @Test
    void or_is_refused_even_in_the_always_true_trick() {
        refusedSaying("id = 1 OR 1=1", "OR is not supported");
        refusedSaying("name = 'x' OR '1'='1'", "OR is not supported");
        refusedSaying("name = x' OR 'a'='a", "never closed");
    }

    @Test
    void comments_are_refused() {
        refusedSaying("id = 1 -- and the rest", "SQL comment");
        refusedSaying("id = 1 /* note */", "cannot contain '*'");
        refusedSaying("id = 1 # note", "cannot contain '#'");
    }

    @Test
    void parentheses_and_subqueries_are_refused() {
        refusedSaying("(id = 1)", "cannot contain '('");
        refusedSaying("id = (select max(id) from orders)", "cannot contain '('");
    }

    @Test
    void unknown_operators_are_refused() {
        refusedSaying("id IN 1", "Expected a comparison");
        refusedSaying("name ILIKE ana", "Expected a comparison");
        refusedSaying("id == 1", "cannot hold '='");
        refusedSaying("id ! 1", "'!' alone");
        refusedSaying("a || b", "cannot contain '|'");
    }

    @Test
    void a_column_must_be_a_plain_identifier() {
        refusedSaying("\"id\" = 1", "is not a column name");
        refusedSaying("1abc = 1", "is not a column name");
        refusedSaying("pg_catalog.pg_user = 1", "is not a column name");
    }

    @Test
    void a_condition_must_be_complete_and_followed_by_and() {
        refusedSaying("city", "ends where a comparison");
        refusedSaying("city =", "ends where a value");
        refusedSaying("city = 'Rio' Janeiro", "Expected AND");
        refusedSaying("city = Rio AND", "ends where a column name");
        refusedSaying("city = 'Rio", "never closed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"x UNION SELECT 1", "1; DELETE FROM x", "1)--", "x'; --"})
    void a_value_cannot_smuggle_a_second_statement(String value) {
        assertThrows(IllegalArgumentException.class, () -> TableFilter.parse("id = " + value + " AND name = " + value + " OR 1=1"));
    }

    @Test
    void a_filter_holds_a_bounded_number_of_conditions() {
        String filter = String.join(" AND ", java.util.Collections.nCopies(FilterParser.MAX_CONDITIONS + 1, "a = 1"));

        refusedSaying(filter, "at most " + FilterParser.MAX_CONDITIONS);
    }
}
