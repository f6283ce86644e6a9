package org.botserver.application.knowledge;

/** The embedding model could not embed the texts (unreachable, refused, or an answer of the wrong shape). */
public class EmbeddingUnavailableException extends RuntimeException {

    public EmbeddingUnavailableException(String message) {
        super(message);
    }

    public EmbeddingUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
