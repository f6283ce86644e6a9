package org.botserver.application.cache;

/** The cache store could not be reached or answered out of turn. */
public class CacheUnavailableException extends RuntimeException {

    public CacheUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
