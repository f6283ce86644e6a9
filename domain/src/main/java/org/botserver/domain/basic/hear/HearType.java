package org.botserver.domain.basic.hear;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.botserver.domain.basic.value.Value;

/**
 * One HEAR AS type as a named policy: the rule an answer must satisfy, the value it normalises to, and the
 * type-specific message the user hears when the answer breaks the rule.
 */
record HearType(String name, List<String> aliases, String rejection, Rule rule) {

    /** Reads a stripped, non-empty answer as the type's normalised value, or nothing when it does not fit. */
    @FunctionalInterface
    interface Rule {
        Optional<Value> read(String answer, Clock clock);
    }

    HearType(String name, String rejection, Rule rule) {
        this(name, List.of(), rejection, rule);
    }

    HearType {
        aliases = List.copyOf(aliases);
    }

    HearCheck check(String answer, Clock clock) {
        String stripped = answer == null ? "" : answer.strip();
        if (stripped.isEmpty()) return new HearCheck.Rejected(rejection);
        return rule.read(stripped, clock)
                .<HearCheck>map(HearCheck.Accepted::new)
                .orElseGet(() -> new HearCheck.Rejected(rejection));
    }
}
