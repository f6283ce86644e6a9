package org.botserver.application.knowledge;

import java.util.List;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * Turns texts into embedding vectors, a batch at a time; the vectors come back in the order of the texts, each
 * of {@link #dimensions()} values. Throws {@link EmbeddingUnavailableException} when the model cannot answer.
 */
@SecondaryPort
public interface EmbeddingModel {

    List<Embedding> embed(List<String> texts);

    /** The length of every vector this model returns. */
    int dimensions();

    /** Names the model, so vectors of different models are never compared ("all-minilm-l6-v2-q"). */
    String modelId();

    /** One text's embedding. */
    default Embedding embed(String text) {
        return embed(List.of(text)).getFirst();
    }
}
