package org.botserver.application.knowledge;

/** The vector index could not be read or written. */
public class VectorIndexException extends RuntimeException {

    public VectorIndexException(String message, Throwable cause) {
        super(message, cause);
    }
}
