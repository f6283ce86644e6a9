package org.botserver.adapter.in.rest.mail;

import jakarta.json.bind.annotation.JsonbProperty;
import java.util.List;
import java.util.Locale;
import org.botserver.application.mail.MailStatus;
import org.botserver.application.mail.OutboxEntry;

/** A mail in the outbox as operators see it: who it went to and how delivery went, never its body. */
public record MailJson(String id, List<String> recipients, String subject, String status, int attempts,
                       @JsonbProperty("last_error") String lastError,
                       @JsonbProperty("created_at") String createdAt,
                       @JsonbProperty("next_attempt_at") String nextAttemptAt,
                       @JsonbProperty("sent_at") String sentAt) {

    static MailJson of(OutboxEntry entry) {
        return new MailJson(entry.id().toString(), entry.mail().to().addresses(), entry.mail().subject(),
                entry.status().name().toLowerCase(Locale.ROOT), entry.attempts(), entry.lastError().orElse(null),
                entry.createdAt().toString(),
                entry.status() == MailStatus.QUEUED ? entry.nextAttemptAt().toString() : null,
                entry.sentAt().map(Object::toString).orElse(null));
    }
}
