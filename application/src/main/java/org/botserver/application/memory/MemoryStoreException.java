package org.botserver.application.memory;

/** The memory store could not be reached or refused the operation; the dialog's keyword fails with the reason. */
public final class MemoryStoreException extends RuntimeException {

    public MemoryStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
