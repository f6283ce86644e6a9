package org.botserver.adapter.out.llm.embedding;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.errors.OpenAIException;
import com.openai.models.embeddings.CreateEmbeddingResponse;
import com.openai.models.embeddings.EmbeddingCreateParams;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.botserver.application.knowledge.Embedding;
import org.botserver.application.knowledge.EmbeddingModel;
import org.botserver.application.knowledge.EmbeddingUnavailableException;

/** Embeddings from an OpenAI-compatible {@code /v1/embeddings} through the OpenAI SDK, in batches of 256 texts. */
final class OpenAiEmbeddingModel implements EmbeddingModel, AutoCloseable {

    /** Texts per request: well under OpenAI's 2,048 and small enough for local servers. */
    static final int BATCH = 256;

    private final OpenAIClient client;
    private final String model;
    private final String where;
    private volatile int dimensions;

    OpenAiEmbeddingModel(URI baseUrl, Optional<String> key, String model, Duration timeout, int maxRetries) {
        if (model == null || model.isBlank()) throw new IllegalArgumentException("An embedding server needs a model name.");
        this.model = model;
        this.where = baseUrl.getHost() + (baseUrl.getPort() < 0 ? "" : ":" + baseUrl.getPort());
        // Local servers (Ollama, llama.cpp) need no key, but the SDK insists on one being set.
        this.client = OpenAIOkHttpClient.builder().baseUrl(baseUrl.toString()).apiKey(key.orElse("none"))
                .timeout(timeout).maxRetries(maxRetries).build();
    }

    @Override
    public List<Embedding> embed(List<String> texts) {
        List<Embedding> result = new ArrayList<>(texts.size());
        for (int from = 0; from < texts.size(); from += BATCH) {
            result.addAll(request(texts.subList(from, Math.min(texts.size(), from + BATCH))));
        }
        if (!result.isEmpty()) dimensions = result.getFirst().dimensions();
        return result;
    }

    private List<Embedding> request(List<String> batch) {
        CreateEmbeddingResponse response;
        try {
            response = client.embeddings().create(EmbeddingCreateParams.builder().model(model)
                    .inputOfArrayOfStrings(batch).encodingFormat(EmbeddingCreateParams.EncodingFormat.FLOAT).build());
        } catch (OpenAIException e) {
            throw new EmbeddingUnavailableException("The embedding server at " + where + " failed: " + e.getMessage(), e);
        }
        try {
            List<Embedding> embeddings = response.data().stream()
                    .sorted(Comparator.comparingLong(com.openai.models.embeddings.Embedding::index))
                    .map(e -> new Embedding(floats(e.embedding())))
                    .toList();
            if (embeddings.size() != batch.size()) {
                throw new EmbeddingUnavailableException("The embedding server at " + where + " returned "
                        + embeddings.size() + " vectors for " + batch.size() + " texts.");
            }
            return embeddings;
        } catch (OpenAIException | IllegalArgumentException e) {
            // A server that only claims compatibility: vectors missing, empty or of another shape.
            throw new EmbeddingUnavailableException("The embedding server at " + where + " answered unreadably: "
                    + e.getMessage(), e);
        }
    }

    private static float[] floats(List<Float> values) {
        float[] vector = new float[values.size()];
        for (int i = 0; i < vector.length; i++) vector[i] = Objects.requireNonNull(values.get(i), "value");
        return vector;
    }

    /** Known from the first answer; asked of the server with one short text if nothing was embedded yet. */
    @Override
    public int dimensions() {
        if (dimensions == 0) embed(List.of("dimensions"));
        return dimensions;
    }

    @Override
    public String modelId() {
        return model;
    }

    @Override
    public void close() {
        client.close();
    }
}
