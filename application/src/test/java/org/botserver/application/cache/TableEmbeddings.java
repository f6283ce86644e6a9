package org.botserver.application.cache;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.botserver.application.knowledge.Embedding;
import org.botserver.application.knowledge.EmbeddingModel;
import org.botserver.application.knowledge.EmbeddingUnavailableException;

/** An embedding model whose vectors the test writes down; it counts its calls and can be switched off. */
final class TableEmbeddings implements EmbeddingModel {

    private final Map<String, float[]> table = new HashMap<>();
    private final AtomicInteger texts = new AtomicInteger();
    private volatile boolean down;

    /** The vector of a message, as the cache normalises it (lower case, single spaces). */
    TableEmbeddings with(String message, float... vector) {
        table.put(CacheKeys.normalised(message), vector);
        return this;
    }

    void goDown() {
        down = true;
    }

    int textsEmbedded() {
        return texts.get();
    }

    @Override
    public List<Embedding> embed(List<String> batch) {
        if (down) throw new EmbeddingUnavailableException("The embedding server does not answer.");
        texts.addAndGet(batch.size());
        return batch.stream().map(text -> {
            float[] vector = table.get(text);
            if (vector == null) throw new AssertionError("No vector written down for: " + text);
            return new Embedding(vector);
        }).toList();
    }

    @Override
    public int dimensions() {
        return 3;
    }

    @Override
    public String modelId() {
        return "table";
    }
}
