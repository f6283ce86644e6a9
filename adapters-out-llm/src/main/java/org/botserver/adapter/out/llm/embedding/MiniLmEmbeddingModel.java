package org.botserver.adapter.out.llm.embedding;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.List;
import org.botserver.application.knowledge.Embedding;
import org.botserver.application.knowledge.EmbeddingModel;
import org.botserver.application.knowledge.EmbeddingUnavailableException;

/** all-MiniLM-L6-v2 (quantized ONNX, shipped in langchain4j's Maven artifact) run in-process by onnxruntime. */
final class MiniLmEmbeddingModel implements EmbeddingModel {

    static final int DIMENSIONS = 384;

    private final AllMiniLmL6V2QuantizedEmbeddingModel model;

    private MiniLmEmbeddingModel(AllMiniLmL6V2QuantizedEmbeddingModel model) {
        this.model = model;
    }

    static MiniLmEmbeddingModel load() {
        try {
            // Texts of a batch run one after another on the caller's thread: onnxruntime already spreads each
            // one over the cores, and the server gets no threads it did not start.
            return new MiniLmEmbeddingModel(new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run));
        } catch (RuntimeException | LinkageError e) {
            throw new EmbeddingUnavailableException("The in-process embedding model did not load: " + e.getMessage(), e);
        }
    }

    @Override
    public List<Embedding> embed(List<String> texts) {
        if (texts.isEmpty()) return List.of();
        try {
            return model.embedAll(texts.stream().map(TextSegment::from).toList()).content().stream()
                    .map(e -> new Embedding(e.vector()))
                    .toList();
        } catch (RuntimeException e) {
            throw new EmbeddingUnavailableException("The in-process embedding model failed: " + e.getMessage(), e);
        }
    }

    @Override
    public int dimensions() {
        return DIMENSIONS;
    }

    @Override
    public String modelId() {
        return "all-minilm-l6-v2-q";
    }
}
