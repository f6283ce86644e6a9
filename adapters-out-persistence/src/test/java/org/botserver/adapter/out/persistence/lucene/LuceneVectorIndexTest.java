package org.botserver.adapter.out.persistence.lucene;

import java.nio.file.Path;
import org.botserver.application.knowledge.VectorIndex;
import org.botserver.application.knowledge.VectorIndexContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** The embedded Lucene index keeps the vector index contract. */
class LuceneVectorIndexTest extends VectorIndexContract {

    @TempDir
    Path data;

    private LuceneVectorIndex lucene;

    @Override
    protected VectorIndex newIndex() {
        lucene = new LuceneVectorIndex(data);
        return lucene;
    }

    @AfterEach
    void close() {
        lucene.close();
    }
}
