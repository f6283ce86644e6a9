package org.botserver.adapter.in.ws;

import java.util.List;

/** What the server sends: where the conversation stands, a piece of a reply being written, a bot message, quick replies, or an error. */
public sealed interface ServerFrame {

    /** Sent on connect and after every turn. */
    record Status(String status, String conversationId, String botId) implements ServerFrame {
    }

    /** The next piece of the language model's reply while it is written; the whole reply follows as a message. */
    record Chunk(String content) implements ServerFrame {
    }

    /** One whole reply of the bot, in order ({@code "complete":true}). */
    record BotMessage(String id, String content, String timestamp) implements ServerFrame {
    }

    /** The quick replies on offer after a turn, when there are any. */
    record Suggestions(List<Offer> offers) implements ServerFrame {
        public Suggestions {
            offers = List.copyOf(offers);
        }
    }

    /** One quick reply: the text it sends and the label it shows. */
    record Offer(String value, String label) {
    }

    /** Sent once after a start: the conversation token that lets the client reconnect and use REST on it. */
    record Token(String conversationToken, String expiresAt) implements ServerFrame {
    }

    /** A frame or a request that could not be handled; the connection stays open unless said otherwise. */
    record Error(String message) implements ServerFrame {
    }
}
