package org.botserver.adapter.in.ws;

/** What a client sends: a message for the bot, or something that could not be understood. */
public sealed interface ClientFrame {

    /** {@code {"type":"message","content":"…"}}. */
    record Message(String content) implements ClientFrame {
    }

    /** A frame that is not a valid message; the reason is sent back in an error frame. */
    record Invalid(String reason) implements ClientFrame {
    }
}
