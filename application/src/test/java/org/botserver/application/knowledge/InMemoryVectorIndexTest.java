package org.botserver.application.knowledge;

/** The in-memory double keeps the same contract as the real indexes. */
class InMemoryVectorIndexTest extends VectorIndexContract {

    @Override
    protected VectorIndex newIndex() {
        return new InMemoryVectorIndex();
    }
}
