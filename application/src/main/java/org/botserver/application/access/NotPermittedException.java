package org.botserver.application.access;

/** The caller is known but its roles do not allow what it asked for; nothing was done. */
public final class NotPermittedException extends RuntimeException {

    public NotPermittedException(String message) {
        super(message);
    }
}
