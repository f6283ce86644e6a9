package org.botserver.domain.conversation;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The messages one turn adds to the history: the user's message, if any, then the bot's replies. */
public record TurnTranscript(Optional<Message> userMessage, List<Message> replies) {

    public TurnTranscript {
        replies = List.copyOf(replies);
    }

    /**
     * The turn's messages at {@code now}. Each message is one microsecond after the one before, because the
     * history is paged by timestamp and SQL keeps microseconds: equal timestamps would let a page boundary
     * split a turn or reorder it.
     */
    public static TurnTranscript of(ConversationId id, Optional<String> userText, List<String> replies, Instant now) {
        Instant base = now.truncatedTo(ChronoUnit.MICROS);
        Optional<Message> user = userText.map(text -> Message.fromUser(id, text, base));
        int offset = user.isPresent() ? 1 : 0;
        List<Message> bot = new ArrayList<>(replies.size());
        for (int i = 0; i < replies.size(); i++) {
            bot.add(Message.fromBot(id, replies.get(i), base.plus(offset + i, ChronoUnit.MICROS)));
        }
        return new TurnTranscript(user, bot);
    }

    /** Every message of the turn, in the order it happened. */
    public List<Message> all() {
        List<Message> all = new ArrayList<>(replies.size() + 1);
        userMessage.ifPresent(all::add);
        all.addAll(replies);
        return all;
    }
}
