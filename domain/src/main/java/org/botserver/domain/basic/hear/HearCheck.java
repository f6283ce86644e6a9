package org.botserver.domain.basic.hear;

import org.botserver.domain.basic.value.Value;

/** The decision on one answer to HEAR ... AS type: accepted as a normalised value, or rejected with a reason to tell the user. */
public sealed interface HearCheck {

    record Accepted(Value value) implements HearCheck {
    }

    /** The answer is not valid for the type; {@code message} is said to the user before asking again. */
    record Rejected(String message) implements HearCheck {
    }
}
