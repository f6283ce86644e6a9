package org.botserver.domain.basic.hear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.botserver.domain.basic.value.DateValue;
import org.junit.jupiter.api.Test;

class HearEdgeCasesTest {

    @Test
    void a_missing_answer_is_rejected_like_an_empty_one() {
        for (String type : HearTypes.names()) {
            assertInstanceOf(HearCheck.Rejected.class, HearTypes.check(type, null), type);
        }
        assertInstanceOf(HearCheck.Rejected.class, HearTypes.choose(List.of("A"), null));
    }

    @Test
    void every_type_rejects_with_a_friendly_sentence() {
        for (String type : HearTypes.names()) {
            String message = ((HearCheck.Rejected) HearTypes.check(type, "")).message();
            assertTrue(message.startsWith("Please ") && message.endsWith("."), type + ": " + message);
        }
    }

    @Test
    void today_is_the_day_in_the_clocks_time_zone() {
        Clock saoPauloLateEvening = Clock.fixed(Instant.parse("2026-11-26T01:30:00Z"), ZoneId.of("America/Sao_Paulo"));
        HearCheck check = HearTypes.check("DATE", "hoje", saoPauloLateEvening);
        assertEquals("2026-11-25", ((DateValue) ((HearCheck.Accepted) check).value()).asText());
    }

    @Test
    void type_names_ignore_case_and_surrounding_blanks() {
        assertInstanceOf(HearCheck.Accepted.class, HearTypes.check(" money ", "10"));
        assertInstanceOf(HearCheck.Accepted.class, HearTypes.check("Cep", "01310-100"));
    }

    @Test
    void very_long_answers_are_rejected_quickly_not_parsed() {
        String huge = "1".repeat(100_000);
        assertInstanceOf(HearCheck.Rejected.class, HearTypes.check("NUMBER", huge));
        assertInstanceOf(HearCheck.Rejected.class, HearTypes.check("NAME", "a".repeat(1000)));
        assertInstanceOf(HearCheck.Rejected.class, HearTypes.check("EMAIL", "a".repeat(300) + "@example.com"));
    }
}
