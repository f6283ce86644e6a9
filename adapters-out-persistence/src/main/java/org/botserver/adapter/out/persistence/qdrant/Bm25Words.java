package org.botserver.adapter.out.persistence.qdrant;

import io.qdrant.client.grpc.Points.SparseVector;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A text's words as a Qdrant sparse vector for BM25: a chunk carries each word's saturated, length-normalised
 * term frequency, a query carries 1 per word, and the collection's IDF modifier makes Qdrant weigh each word by
 * its rarity, so the dot product Qdrant computes is the chunk's BM25 score.
 */
final class Bm25Words {

    private static final double K1 = 1.2;
    private static final double B = 0.75;
    /**
     * BM25 divides a chunk's length by the collection's average, which Qdrant does not keep; chunks are cut to
     * about 1,000 characters, some 170 words, so that is taken as the average.
     */
    private static final double AVERAGE_CHUNK_WORDS = 170;
    /** As the embedded index: a pasted page is cut here rather than sent as thousands of dimensions. */
    private static final int MAX_QUERY_WORDS = 64;

    private Bm25Words() {
    }

    /** The chunk's BM25 term weights; an empty vector for a text without words. */
    static SparseVector ofChunk(String content) {
        List<String> words = words(content);
        Map<Integer, Integer> frequencies = new LinkedHashMap<>();
        words.forEach(w -> frequencies.merge(dimension(w), 1, Integer::sum));
        double lengthNorm = K1 * (1 - B + B * words.size() / AVERAGE_CHUNK_WORDS);
        SparseVector.Builder vector = SparseVector.newBuilder();
        frequencies.forEach((dimension, tf) -> vector.addIndices(dimension).addValues((float) (tf * (K1 + 1) / (tf + lengthNorm))));
        return vector.build();
    }

    /** The query's distinct words, each weighing 1 before Qdrant applies their IDF. */
    static SparseVector ofQuery(String query) {
        SparseVector.Builder vector = SparseVector.newBuilder();
        words(query).stream().map(Bm25Words::dimension).distinct().limit(MAX_QUERY_WORDS)
                .forEach(dimension -> vector.addIndices(dimension).addValues(1f));
        return vector.build();
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
    }

    /**
     * A word's dimension: the 32-bit FNV-1a hash of its UTF-8 bytes, the same on every server and after every
     * restart (Qdrant reads the int's bits as an unsigned index); a collision merely merges two words' counts.
     */
    private static int dimension(String word) {
        int hash = 0x811c9dc5;
        for (byte b : word.getBytes(StandardCharsets.UTF_8)) {
            hash = (hash ^ (b & 0xff)) * 0x01000193;
        }
        return hash;
    }
}
