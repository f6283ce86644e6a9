package org.botserver.adapter.out.persistence.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.botserver.application.knowledge.DocumentRegistry;
import org.botserver.application.knowledge.DocumentStatus;
import org.botserver.application.knowledge.KnowledgeDocument;
import org.botserver.domain.knowledge.KnowledgeBaseId;
import org.hibernate.SessionFactory;

/** The knowledge-base documents in the {@code kb_documents} table, one row per bot, collection and path. */
final class PostgresDocumentRegistry implements DocumentRegistry {

    private static final String LIST = """
            select path, content_hash, chunk_count, status, error from kb_documents
            where bot_id = ? and collection = ? order by path""";
    private static final String SAVE = """
            insert into kb_documents (id, bot_id, collection, path, content_hash, chunk_count, status, error, updated_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, now())
            on conflict (bot_id, collection, path) do update
            set content_hash = excluded.content_hash, chunk_count = excluded.chunk_count, status = excluded.status,
                error = excluded.error, updated_at = excluded.updated_at""";
    private static final String REMOVE = "delete from kb_documents where bot_id = ? and collection = ? and path = ?";

    private interface Statement<T> {
        T run(PreparedStatement statement) throws SQLException;
    }

    private final SessionFactory sessions;

    PostgresDocumentRegistry(SessionFactory sessions) {
        this.sessions = sessions;
    }

    @Override
    public List<KnowledgeDocument> documents(KnowledgeBaseId kb) {
        return jdbc(LIST, s -> {
            s.setString(1, kb.bot().value());
            s.setString(2, kb.collection());
            List<KnowledgeDocument> documents = new ArrayList<>();
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    documents.add(new KnowledgeDocument(kb, rows.getString(1), rows.getString(2), rows.getInt(3),
                            DocumentStatus.valueOf(rows.getString(4).toUpperCase(Locale.ROOT)), Optional.ofNullable(rows.getString(5))));
                }
            }
            return documents;
        });
    }

    @Override
    public void save(KnowledgeDocument d) {
        jdbc(SAVE, s -> {
            s.setObject(1, UUID.randomUUID());
            s.setString(2, d.kb().bot().value());
            s.setString(3, d.kb().collection());
            s.setString(4, d.path());
            s.setString(5, d.contentHash());
            s.setInt(6, d.chunkCount());
            s.setString(7, d.status().name().toLowerCase(Locale.ROOT));
            s.setString(8, d.error().orElse(null));
            return s.executeUpdate();
        });
    }

    @Override
    public void remove(KnowledgeBaseId kb, String path) {
        jdbc(REMOVE, s -> {
            s.setString(1, kb.bot().value());
            s.setString(2, kb.collection());
            s.setString(3, path);
            return s.executeUpdate();
        });
    }

    private <T> T jdbc(String sql, Statement<T> work) {
        return sessions.fromStatelessSession(session -> session.doReturningWork((Connection connection) -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                return work.run(statement);
            }
        }));
    }
}
