package org.botserver.adapter.in.channel.http;

/** A provider refused a call for good, or kept failing until the retries ran out; the message says which. */
public class ProviderCallFailed extends RuntimeException {

    public ProviderCallFailed(String message) {
        super(message);
    }

    public ProviderCallFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
