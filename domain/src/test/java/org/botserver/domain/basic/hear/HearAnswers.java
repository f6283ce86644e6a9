package org.botserver.domain.basic.hear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.botserver.domain.basic.value.Value;

/** Test fixture: answers HEAR AS type at a fixed moment (Wednesday 2026-11-25 14:05 UTC) and unwraps the decision. */
final class HearAnswers {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T14:05:00Z"), ZoneOffset.UTC);

    private HearAnswers() {
    }

    static Value accepted(String type, String answer) {
        HearCheck check = HearTypes.check(type, answer, CLOCK);
        return assertInstanceOf(HearCheck.Accepted.class, check, () -> type + " should accept \"" + answer + "\"").value();
    }

    static String rejected(String type, String answer) {
        HearCheck check = HearTypes.check(type, answer, CLOCK);
        return assertInstanceOf(HearCheck.Rejected.class, check, () -> type + " should reject \"" + answer + "\"").message();
    }

    static void assertAccepted(String type, String answer, Value expected) {
        assertEquals(expected, accepted(type, answer), () -> type + " normalises \"" + answer + "\"");
    }
}
