package org.botserver.adapter.out.persistence.qdrant;

import io.grpc.Status;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.botserver.application.knowledge.VectorIndexException;
import org.botserver.domain.knowledge.KnowledgeBaseId;

/** Waits for Qdrant's gRPC replies and turns its failures into {@link VectorIndexException}s with plain messages. */
final class QdrantReplies {

    private QdrantReplies() {
    }

    /** The reply; any failure is a {@link VectorIndexException}. */
    static <T> T of(KnowledgeBaseId kb, String action, Future<T> reply) {
        return unless(null, kb, action, reply).orElseThrow();
    }

    /** The reply, or empty when Qdrant answered with {@code expected} (NOT_FOUND for a missing collection). */
    static <T> Optional<T> unless(Status.Code expected, KnowledgeBaseId kb, String action, Future<T> reply) {
        try {
            return Optional.of(reply.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new VectorIndexException("Interrupted while waiting for Qdrant to " + action + " " + kb + ".", e);
        } catch (ExecutionException e) {
            Status status = Status.fromThrowable(e.getCause());
            if (status.getCode() == expected) return Optional.empty();
            String reason = status.getDescription() == null ? status.getCode().toString() : status.getDescription();
            throw new VectorIndexException("Qdrant could not " + action + " the knowledge base " + kb + ": " + reason, e.getCause());
        }
    }
}
