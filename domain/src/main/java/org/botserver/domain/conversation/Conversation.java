package org.botserver.domain.conversation;

import java.time.Instant;
import java.util.Objects;
import org.botserver.domain.bot.BotId;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

/**
 * A conversation between one user and one bot, the unit that is saved after every turn.
 *
 * <p>It starts when a user opens a session with a bot, which runs the bot's {@code start} dialog. The
 * dialog runs until it waits for the user ({@code HEAR}, status {@link ConversationStatus#AWAITING_INPUT})
 * or ends ({@link ConversationStatus#ENDED}); between turns the whole interpreter state lives here as an
 * opaque byte string, so no thread and no memory is held while the user thinks, and a restarted server
 * carries on where the dialog stopped. The messages themselves are not part of the aggregate: they are only
 * ever appended, and a turn hands them to the store together with the conversation. The version guards
 * against two turns of the same conversation being saved over each other: a turn works on the version it
 * loaded and the store refuses it when another turn has saved in between. Instances are immutable; each
 * turn yields a new one.
 */
@AggregateRoot
public final class Conversation {

    private static final byte[] NO_STATE = new byte[0];

    @Identity
    private final ConversationId id;
    private final BotId botId;
    private final String userId;
    private final ConversationStatus status;
    private final byte[] dialogState;
    private final Instant startedAt;
    private final Instant updatedAt;
    private final long version;

    private Conversation(ConversationId id, BotId botId, String userId, ConversationStatus status,
                         byte[] dialogState, Instant startedAt, Instant updatedAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.botId = Objects.requireNonNull(botId, "botId");
        this.userId = Objects.requireNonNull(userId, "userId");
        this.status = Objects.requireNonNull(status, "status");
        this.dialogState = Objects.requireNonNull(dialogState, "dialogState").clone();
        this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        this.version = version;
        if (userId.isBlank()) throw new IllegalArgumentException("A conversation needs a user id.");
        if (version < 0) throw new IllegalArgumentException("version must not be negative: " + version);
        if (updatedAt.isBefore(startedAt)) throw new IllegalArgumentException("updatedAt is before startedAt");
    }

    /** A new conversation, not yet saved (version 0), whose dialog has not run yet. */
    public static Conversation start(ConversationId id, BotId botId, String userId, Instant now) {
        return new Conversation(id, botId, userId, ConversationStatus.ACTIVE, NO_STATE, now, now, 0);
    }

    /** A conversation as it was saved. */
    public static Conversation restore(ConversationId id, BotId botId, String userId, ConversationStatus status,
                                       byte[] dialogState, Instant startedAt, Instant updatedAt, long version) {
        return new Conversation(id, botId, userId, status, dialogState, startedAt, updatedAt, version);
    }

    /**
     * The conversation after a turn moved its dialog on: the new status and interpreter state. The version
     * stays the one this turn loaded, so the store can tell whether another turn saved first.
     */
    public Conversation afterTurn(ConversationStatus newStatus, byte[] newDialogState, Instant now) {
        // A clock that steps back (NTP) must not make the conversation look older than it is.
        Instant touched = now.isBefore(updatedAt) ? updatedAt : now;
        return new Conversation(id, botId, userId, newStatus, newDialogState, startedAt, touched, version);
    }

    /** Whether the dialog has run to its end; later messages get a plain answer instead of a dialog step. */
    public boolean hasEnded() { return status == ConversationStatus.ENDED; }

    /** Whether the dialog waits in HEAR and can be resumed with the user's text. */
    public boolean isAwaitingInput() { return status == ConversationStatus.AWAITING_INPUT && dialogState.length > 0; }

    /** Whether this conversation is held with the given bot. */
    public boolean isWith(BotId bot) { return botId.equals(bot); }

    public ConversationId id() { return id; }

    public BotId botId() { return botId; }

    public String userId() { return userId; }

    public ConversationStatus status() { return status; }

    /** The suspended interpreter state ({@code ExecutionState.toBytes()}); empty when there is none. */
    public byte[] dialogState() { return dialogState.clone(); }

    public Instant startedAt() { return startedAt; }

    public Instant updatedAt() { return updatedAt; }

    /** The optimistic-lock version as loaded; 0 for a conversation that was never saved. */
    public long version() { return version; }

    @Override public boolean equals(Object other) {
        return other instanceof Conversation that && id.equals(that.id);
    }

    @Override public int hashCode() { return id.hashCode(); }

    @Override public String toString() {
        return "Conversation[" + id + ", bot " + botId + ", " + status + ", v" + version + "]";
    }
}
