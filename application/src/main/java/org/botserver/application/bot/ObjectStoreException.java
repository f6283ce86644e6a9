package org.botserver.application.bot;

/** The object store could not be reached or refused an operation; the message says which and where. */
public class ObjectStoreException extends RuntimeException {

    public ObjectStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
