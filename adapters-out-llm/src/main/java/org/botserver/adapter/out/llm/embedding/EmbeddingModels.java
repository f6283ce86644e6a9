package org.botserver.adapter.out.llm.embedding;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.botserver.application.knowledge.EmbeddingModel;

/** The embedding adapters' entry point: the in-process default, or a remote OpenAI-compatible server. */
public final class EmbeddingModels {

    private EmbeddingModels() {}

    /**
     * all-MiniLM-L6-v2, quantized, run in this JVM by onnxruntime: 384 dimensions, about 2 ms a sentence; loads
     * its weights (from the jar) once per JVM, about half a second, on the first call of this method.
     */
    public static EmbeddingModel inProcess() {
        return MiniLmEmbeddingModel.load();
    }

    /**
     * A server's {@code POST {baseUrl}/embeddings} as OpenAI defines it, with {@code baseUrl} like
     * {@code https://api.openai.com/v1} or {@code http://localhost:11434/v1}; the key is optional for local servers.
     */
    public static EmbeddingModel openAiCompatible(URI baseUrl, Optional<String> key, String model, Duration timeout,
                                                  int maxRetries) {
        return new OpenAiEmbeddingModel(baseUrl, key, model, timeout, maxRetries);
    }
}
