package org.botserver.application.cache;

import java.util.LinkedHashMap;
import java.util.Map;
import org.botserver.application.knowledge.Embedding;
import org.botserver.application.knowledge.EmbeddingModel;

/**
 * The embeddings of the last messages looked up, so that remembering the answer to a missed question does not
 * embed it a second time, and a question asked again is not embedded again.
 */
final class RecentEmbeddings {

    private final EmbeddingModel model;
    private final Map<String, Embedding> recent;

    RecentEmbeddings(EmbeddingModel model, int capacity) {
        this.model = model;
        this.recent = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Embedding> eldest) {
                return size() > capacity;
            }
        };
    }

    String modelId() {
        return model.modelId();
    }

    Embedding of(String message) {
        String key = CacheKeys.normalised(message);
        synchronized (recent) {
            Embedding known = recent.get(key);
            if (known != null) return known;
        }
        // Embedded outside the lock: two threads may embed the same message once each, which is harmless.
        Embedding embedding = model.embed(key);
        synchronized (recent) {
            recent.put(key, embedding);
        }
        return embedding;
    }
}
