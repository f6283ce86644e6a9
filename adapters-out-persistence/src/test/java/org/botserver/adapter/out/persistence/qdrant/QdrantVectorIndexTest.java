package org.botserver.adapter.out.persistence.qdrant;

import org.botserver.application.knowledge.VectorIndex;
import org.botserver.application.knowledge.VectorIndexContract;
import org.junit.jupiter.api.AfterEach;

/** The Qdrant adapter keeps the vector index contract, against the in-process Qdrant. */
class QdrantVectorIndexTest extends VectorIndexContract {

    private FakeQdrant qdrant;
    private QdrantVectorIndex qdrantIndex;

    @Override
    protected VectorIndex newIndex() {
        qdrant = new FakeQdrant();
        qdrantIndex = new QdrantVectorIndex(qdrant.client());
        return qdrantIndex;
    }

    @AfterEach
    void close() {
        qdrantIndex.close();
        qdrant.close();
    }
}
