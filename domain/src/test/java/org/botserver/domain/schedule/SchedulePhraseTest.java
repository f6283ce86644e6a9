package org.botserver.domain.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SchedulePhraseTest {

    @ParameterizedTest(name = "\"{0}\" is \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "every minute | * * * * *",
            "every hour | 0 * * * *",
            "Every  Hour | 0 * * * *",
            "every 15 minutes | */15 * * * *",
            "every 1 minute | */1 * * * *",
            "every 6 hours | 0 */6 * * *",
            "every day | 0 0 * * *",
            "every day at 9:00 | 0 9 * * *",
            "every day at 9 | 0 9 * * *",
            "every day at 21:30 | 30 21 * * *",
            "every day at 9am | 0 9 * * *",
            "every day at 9:15 pm | 15 21 * * *",
            "every day at 12am | 0 0 * * *",
            "every day at noon | 0 12 * * *",
            "every day at midnight | 0 0 * * *",
            "every monday at 9 | 0 9 * * 1",
            "every mondays at 9 | 0 9 * * 1",
            "every sunday | 0 0 * * 0",
            "every saturday at 7:05 | 5 7 * * 6",
            "every weekday at 8:30 | 30 8 * * 1-5",
            "every weekend at 10 | 0 10 * * 0,6"})
    void a_phrase_means_the_cron_expression_a_person_would_write(String phrase, String cron) {
        Schedule schedule = Schedule.of(phrase);

        assertEquals(cron, schedule.cron());
        assertEquals(phrase.strip(), schedule.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"every fortnight", "every funday at 9", "every 2 weeks", "every", "daily"})
    void a_phrase_it_does_not_know_is_refused_with_the_phrases_it_does(String phrase) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Schedule.of(phrase));

        assertTrue(e.getMessage().contains("is not a schedule this server understands"), e.getMessage());
        assertTrue(e.getMessage().contains("every day at 9:00"), e.getMessage());
    }

    @ParameterizedTest(name = "\"{0}\": {1}")
    @CsvSource(delimiter = '|', value = {
            "every 0 minutes | needs 1 to 59 minutes",
            "every 60 minutes | needs 1 to 59 minutes",
            "every 24 hours | needs 1 to 23 hours",
            "every day at 24:00 | has a time outside 0:00-23:59",
            "every day at 9:60 | has a time outside 0:00-23:59",
            "every day at 13pm | has an hour outside 1-12 before am/pm",
            "every day at nine | has a time that is not understood"})
    void numbers_out_of_range_are_named(String phrase, String problem) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Schedule.of(phrase));

        assertTrue(e.getMessage().contains(problem), e.getMessage());
    }
}
