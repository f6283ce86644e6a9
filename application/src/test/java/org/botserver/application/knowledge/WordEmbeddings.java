package org.botserver.application.knowledge;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A deterministic embedding for tests: each lower-cased word adds 1 to one of 64 dimensions chosen by its hash, so
 * texts sharing words are near; it counts the texts embedded and can fail its next calls.
 */
public final class WordEmbeddings implements EmbeddingModel {

    private final AtomicInteger texts = new AtomicInteger();
    private final AtomicInteger failuresLeft = new AtomicInteger();

    @Override
    public List<Embedding> embed(List<String> batch) {
        if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new EmbeddingUnavailableException("The embedding service did not answer.");
        }
        texts.addAndGet(batch.size());
        return batch.stream().map(WordEmbeddings::vector).toList();
    }

    static Embedding vector(String text) {
        float[] v = new float[64];
        v[63] = 0.01f; // never all zeros, which cosine cannot compare
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) v[Math.floorMod(word.hashCode(), 63)] += 1;
        }
        return new Embedding(v);
    }

    @Override
    public int dimensions() {
        return 64;
    }

    @Override
    public String modelId() {
        return "test-words-64";
    }

    public int textsEmbedded() {
        return texts.get();
    }

    /** The next {@code calls} calls fail as an unreachable service would. */
    public void failNext(int calls) {
        failuresLeft.set(calls);
    }
}
