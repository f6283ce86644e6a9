package org.botserver.bootstrap.bench;

import java.util.List;
import java.util.Locale;
import org.botserver.application.knowledge.Embedding;
import org.botserver.application.knowledge.EmbeddingModel;

/** How the paraphrase hit rate and the false-hit rate move with llm-cache-threshold, for choosing it. */
final class SimilarityTable {

    private SimilarityTable() {}

    static void print(EmbeddingModel model) {
        List<ParaphraseSet.Pair> pairs = ParaphraseSet.PAIRS;
        List<Embedding> questions = model.embed(pairs.stream().map(ParaphraseSet.Pair::question).toList());
        List<Embedding> paraphrases = model.embed(pairs.stream().map(ParaphraseSet.Pair::paraphrase).toList());
        List<Embedding> unrelated = model.embed(ParaphraseSet.UNRELATED);
        double[] own = new double[pairs.size()];
        for (int i = 0; i < own.length; i++) own[i] = questions.get(i).cosine(paraphrases.get(i));
        double[] nearest = unrelated.stream()
                .mapToDouble(u -> questions.stream().mapToDouble(u::cosine).max().orElse(0)).toArray();
        System.out.println("threshold  paraphrases at or above  unrelated at or above");
        for (double threshold : new double[] {0.95, 0.92, 0.90, 0.85, 0.80, 0.75}) {
            System.out.printf(Locale.ROOT, "  %.2f     %2d/%d                    %2d/%d%n", threshold,
                    count(own, threshold), own.length, count(nearest, threshold), nearest.length);
        }
    }

    private static long count(double[] similarities, double threshold) {
        return java.util.Arrays.stream(similarities).filter(s -> s >= threshold).count();
    }
}
