package org.botserver.domain.conversation;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * Identifies one conversation between a user and a bot. Today a session holds exactly one
 * conversation, so the API's `session_id` carries the same value.
 */
@ValueObject
public record ConversationId(UUID value) {

    public ConversationId {
        Objects.requireNonNull(value, "value");
    }

    public static ConversationId random() { return new ConversationId(UUID.randomUUID()); }

    /** Parses client input; empty when it is not a UUID. */
    public static Optional<ConversationId> parse(String text) {
        try {
            return Optional.of(new ConversationId(UUID.fromString(text)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    @Override public String toString() { return value.toString(); }
}
