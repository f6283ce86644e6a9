package org.botserver.domain.conversation;

import java.util.Objects;
import java.util.UUID;
import org.jmolecules.ddd.annotation.ValueObject;

/** Identifies one message of a conversation's history. */
@ValueObject
public record MessageId(UUID value) {

    public MessageId {
        Objects.requireNonNull(value, "value");
    }

    public static MessageId random() { return new MessageId(UUID.randomUUID()); }

    @Override public String toString() { return value.toString(); }
}
