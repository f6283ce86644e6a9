package org.botserver.application.mail;

import java.util.Objects;
import java.util.UUID;
import org.jmolecules.ddd.annotation.ValueObject;

/** The outbox's id of one mail; also the mail's Message-ID, so a retried mail is recognisably the same one. */
@ValueObject
public record MailId(UUID value) {

    public MailId {
        Objects.requireNonNull(value, "value");
    }

    public static MailId random() {
        return new MailId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
