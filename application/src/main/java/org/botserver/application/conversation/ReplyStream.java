package org.botserver.application.conversation;

/**
 * Where a turn streams the language model's text while it is being written, for clients that show it as it
 * comes (WebSocket); the whole replies still come in the turn's result.
 */
public interface ReplyStream {

    /** The next piece of a reply being written. */
    void chunk(String delta);

    /** Whether the client has gone away, so the model's answer can be abandoned. */
    boolean cancelled();

    /** A stream nobody reads: REST and the dialogs' own turns. */
    static ReplyStream none() {
        return new ReplyStream() {
            @Override public void chunk(String delta) { }

            @Override public boolean cancelled() { return false; }
        };
    }
}
