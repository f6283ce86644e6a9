package org.botserver.domain.basic.runtime;

import java.util.List;

/** A HEAR waiting for its answer: where it goes, how it is checked, and how many answers were refused. */
record PendingHear(String variable, String name, String type, List<String> choices, int attempts) {

    static final int MAX_ATTEMPTS = 3;

    PendingHear {
        choices = List.copyOf(choices);
    }

    PendingHear refused() {
        return new PendingHear(variable, name, type, choices, attempts + 1);
    }

    /** The type shown in the AwaitInput effect: the declared type, MENU for choices, STRING for free text. */
    String effectType() {
        if (type != null) return type;
        return choices.isEmpty() ? "STRING" : "MENU";
    }
}
