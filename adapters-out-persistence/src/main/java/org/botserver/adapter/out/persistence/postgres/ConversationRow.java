package org.botserver.adapter.out.persistence.postgres;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A conversation as a row of {@code user_sessions}. */
@Entity(name = "ConversationRow")
@Table(name = "user_sessions")
class ConversationRow {

    @Id
    UUID id;

    @Column(name = "bot_id", nullable = false, length = 63)
    String botId;

    @Column(name = "user_id", nullable = false)
    String userId;

    @Column(name = "status", nullable = false, length = 16)
    String status;

    @Column(name = "dialog_state", nullable = false)
    byte[] dialogState;

    @Column(name = "version", nullable = false)
    long version;

    @Column(name = "started_at", nullable = false)
    Instant startedAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @Column(name = "session_tools", nullable = false)
    String[] sessionTools;

    @Column(name = "session_context")
    String sessionContext;

    @Column(name = "session_kbs", nullable = false)
    String[] sessionKnowledgeBases;

    /** For Hibernate. */
    ConversationRow() {}

    ConversationRow(UUID id, String botId, String userId, String status, byte[] dialogState, long version,
                    Instant startedAt, Instant updatedAt, String[] sessionTools, String sessionContext,
                    String[] sessionKnowledgeBases) {
        this.id = id;
        this.botId = botId;
        this.userId = userId;
        this.status = status;
        this.dialogState = dialogState;
        this.version = version;
        this.startedAt = startedAt;
        this.updatedAt = updatedAt;
        this.sessionTools = sessionTools;
        this.sessionContext = sessionContext;
        this.sessionKnowledgeBases = sessionKnowledgeBases;
    }
}
