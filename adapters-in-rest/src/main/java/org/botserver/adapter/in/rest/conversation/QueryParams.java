package org.botserver.adapter.in.rest.conversation;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.botserver.application.conversation.InvalidCommandException;

/** Parses query parameters here rather than in JAX-RS, which would answer a malformed one with 404. */
final class QueryParams {

    private QueryParams() {
    }

    static Integer limit(String text) {
        if (text == null || text.isBlank()) return null;
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidCommandException("The limit must be a whole number, not '" + text + "'.");
        }
    }

    static Instant instant(String text) {
        if (text == null || text.isBlank()) return null;
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidCommandException("before must be an ISO-8601 instant such as 2025-03-01T10:15:30Z.");
        }
    }
}
