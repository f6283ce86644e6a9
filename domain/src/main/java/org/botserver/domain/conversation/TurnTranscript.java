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
     * The turn's messages, the first at {@code at}. Each message is one microsecond after the one before,
     * because the history is paged by timestamp and SQL keeps microseconds: equal timestamps would let a page
     * boundary split a turn or reorder it.
     */
    public static TurnTranscript of(ConversationId id, Optional<String> userText, List<String> replies, Instant at) {
        return of(id, userText, replies, at, 0);
    }

    /**
     * The turn's messages, the last reply carrying the language-model tokens the turn used (prompt and
     * completion of every model call that led to it).
     */
    public static TurnTranscript of(ConversationId id, Optional<String> userText, List<String> replies, Instant at,
                                    int tokensUsed) {
        Instant base = at.truncatedTo(ChronoUnit.MICROS);
        Optional<Message> user = userText.map(text -> Message.fromUser(id, text, base));
        int offset = user.isPresent() ? 1 : 0;
        List<Message> bot = new ArrayList<>(replies.size());
        for (int i = 0; i < replies.size(); i++) {
            Instant when = base.plus(offset + i, ChronoUnit.MICROS);
            int tokens = i == replies.size() - 1 ? tokensUsed : 0;
            bot.add(new Message(MessageId.random(), id, Sender.BOT, replies.get(i), when, tokens));
        }
        return new TurnTranscript(user, bot);
    }

    /** When the turn's last message was dated, or {@code otherwise} for a turn without messages. */
    public Instant endsAt(Instant otherwise) {
        if (!replies.isEmpty()) return replies.getLast().timestamp();
        return userMessage.map(Message::timestamp).orElse(otherwise);
    }

    /** Every message of the turn, in the order it happened. */
    public List<Message> all() {
        List<Message> all = new ArrayList<>(replies.size() + 1);
        userMessage.ifPresent(all::add);
        all.addAll(replies);
        return all;
    }
}
