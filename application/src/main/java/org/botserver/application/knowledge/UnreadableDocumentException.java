package org.botserver.application.knowledge;

/** A document whose text cannot be read: an unknown format, or a damaged or encrypted file. */
public class UnreadableDocumentException extends RuntimeException {

    public UnreadableDocumentException(String message) {
        super(message);
    }

    public UnreadableDocumentException(String message, Throwable cause) {
        super(message, cause);
    }
}
