package org.botserver.domain.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RetentionTest {

    @ParameterizedTest(name = "\"{0}\" keeps a value {1}")
    @CsvSource(delimiter = '|', value = {
            "7 days | PT168H", "1 day | PT24H", "2 hours | PT2H", "30 minutes | PT30M", "45 seconds | PT45S",
            "1 week | PT168H", " 3 Days | PT72H", "10min | PT10M", "3650 days | PT87600H"})
    void a_number_and_a_unit_is_a_retention(String text, String duration) {
        assertEquals(Duration.parse(duration), Retention.parse(text).duration());
    }

    @Test
    void a_remembered_value_expires_after_its_retention() {
        Instant now = Instant.parse("2025-01-06T09:00:00Z");

        assertEquals(Instant.parse("2025-01-13T09:00:00Z"), Retention.parse("7 days").expiresAfter(now));
    }

    @ParameterizedTest
    @ValueSource(strings = {"seven days", "7", "7 fortnights", "", "days 7", "-1 day", "1.5 days"})
    void text_that_is_not_a_number_and_a_unit_is_refused_with_examples(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Retention.parse(text));

        assertTrue(e.getMessage().contains("is not a duration: use a number and a unit, such as"), e.getMessage());
    }

    @Test
    void zero_and_more_than_ten_years_are_refused() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Retention.parse("0 days")).getMessage()
                .contains("keeps nothing"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Retention.parse("3651 days")).getMessage()
                .contains("longer than 3650 days"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Retention.parse("999999999 weeks")).getMessage()
                .contains("longer than 3650 days"));
    }
}
