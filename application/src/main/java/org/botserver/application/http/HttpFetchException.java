package org.botserver.application.http;

/** No answer could be had for a request; the message says why in words a bot author understands. */
public class HttpFetchException extends RuntimeException {

    public HttpFetchException(String message) {
        super(message);
    }

    public HttpFetchException(String message, Throwable cause) {
        super(message, cause);
    }
}
