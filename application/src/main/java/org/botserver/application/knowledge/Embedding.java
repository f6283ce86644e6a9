package org.botserver.application.knowledge;

import java.util.Arrays;

/** A text's embedding vector; compared by cosine similarity, so its length does not matter. */
public record Embedding(float[] values) {

    public Embedding {
        if (values == null || values.length == 0) throw new IllegalArgumentException("An embedding needs at least one dimension.");
        values = values.clone();
    }

    public int dimensions() {
        return values.length;
    }

    /** Cosine similarity in [-1, 1]; 0 when either vector is all zeros. */
    public double cosine(Embedding other) {
        float[] a = values;
        float[] b = other.values;
        if (a.length != b.length) {
            throw new IllegalArgumentException("Embeddings of " + a.length + " and " + b.length + " dimensions do not compare.");
        }
        double dot = 0, normA = 0, normB = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            normA += a[i] * a[i];
            normB += b[i] * b[i];
        }
        if (normA == 0 || normB == 0) return 0;
        return dot / Math.sqrt(normA * normB);
    }

    /** A copy of the vector: the record keeps its own. */
    @Override
    public float[] values() {
        return values.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Embedding other && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "Embedding[" + values.length + " dimensions]";
    }
}
