package org.botserver.adapter.out.persistence.postgres;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A message as a row of {@code message_history}. */
@Entity(name = "MessageRow")
@Table(name = "message_history")
class MessageRow {

    @Id
    UUID id;

    // A plain column rather than an association: history is read per conversation and never navigated.
    @Column(name = "session_id", nullable = false)
    UUID sessionId;

    @Column(name = "role", nullable = false, length = 16)
    String role;

    @Column(name = "content", nullable = false)
    String content;

    @Column(name = "tokens_used", nullable = false)
    int tokensUsed;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    // Filled by the database's identity column; never written, so inserts need no read-back and stay batched.
    @Column(name = "seq", insertable = false, updatable = false)
    Long seq;

    /** For Hibernate. */
    MessageRow() {}

    MessageRow(UUID id, UUID sessionId, String role, String content, int tokensUsed, Instant createdAt) {
        this.id = id;
        this.sessionId = sessionId;
        this.role = role;
        this.content = content;
        this.tokensUsed = tokensUsed;
        this.createdAt = createdAt;
    }
}
