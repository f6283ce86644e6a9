package org.botserver.adapter.out.persistence.qdrant;

import io.grpc.Status;
import io.qdrant.client.QdrantClient;
import io.qdrant.client.grpc.Collections.PayloadSchemaType;
import io.qdrant.client.grpc.Points.WriteOrderingType;
import org.botserver.domain.knowledge.KnowledgeBaseId;

/** Creates a knowledge base's collection, tolerating another server having just created it. */
final class QdrantCollections {

    private final QdrantClient client;

    QdrantCollections(QdrantClient client) {
        this.client = client;
    }

    /** The collection for vectors of this size, with keyword indexes on the document path and folders that filters use. */
    void create(KnowledgeBaseId kb, int dimensions) {
        QdrantReplies.unless(Status.Code.ALREADY_EXISTS, kb, "create",
                client.createCollectionAsync(ChunkPoints.collection(kb.indexName(), dimensions)));
        // Creating an index that exists is a no-op in Qdrant, so a second server racing here does no harm.
        for (String field : new String[] {ChunkPoints.PATH, ChunkPoints.FOLDERS}) {
            QdrantReplies.of(kb, "index", client.createPayloadIndexAsync(kb.indexName(), field,
                    PayloadSchemaType.Keyword, null, true, WriteOrderingType.Weak, null));
        }
    }
}
