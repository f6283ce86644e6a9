package org.botserver.domain.basic.runtime;

import java.time.Clock;
import org.botserver.domain.basic.hear.HearCheck;
import org.botserver.domain.basic.hear.HearTypes;
import org.botserver.domain.basic.value.TextValue;
import org.botserver.domain.basic.value.Value;

/** How an answer to a pending HEAR is judged: free text as is, a typed answer or a menu pick through HearTypes. */
final class Answers {

    private Answers() {
    }

    static Effect.AwaitInput question(PendingHear hear) {
        return new Effect.AwaitInput(hear.name(), hear.effectType(), hear.choices());
    }

    static HearCheck check(PendingHear hear, Value answer, Clock clock) {
        if (hear.type() != null) return HearTypes.check(hear.type(), answer.asText(), clock);
        if (!hear.choices().isEmpty()) return HearTypes.choose(hear.choices(), answer.asText());
        return new HearCheck.Accepted(answer instanceof TextValue ? answer : new TextValue(answer.asText()));
    }
}
