package org.botserver.domain.conversation;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
 * loaded and the store refuses it when another turn has saved in between. Its session settings (the tools a
 * dialog offered the language model, the SET CONTEXT text) outlive the dialog that set them, so the language
 * model still has them when it answers after the dialog ended. Instances are immutable; each turn yields a new
 * one.
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
    private final SessionSettings session;

    private Conversation(ConversationId id, BotId botId, String userId, ConversationStatus status,
                         byte[] dialogState, Instant startedAt, Instant updatedAt, long version,
                         SessionSettings session) {
        this.id = Objects.requireNonNull(id, "id");
        this.botId = Objects.requireNonNull(botId, "botId");
        this.userId = Objects.requireNonNull(userId, "userId");
        this.status = Objects.requireNonNull(status, "status");
        this.dialogState = Objects.requireNonNull(dialogState, "dialogState").clone();
        this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        this.version = version;
        this.session = Objects.requireNonNull(session, "session");
        if (userId.isBlank()) throw new IllegalArgumentException("A conversation needs a user id.");
        if (version < 0) throw new IllegalArgumentException("version must not be negative: " + version);
        if (updatedAt.isBefore(startedAt)) throw new IllegalArgumentException("updatedAt is before startedAt");
    }

    /** A new conversation, not yet saved (version 0), whose dialog has not run yet. */
    public static Conversation start(ConversationId id, BotId botId, String userId, Instant now) {
        return new Conversation(id, botId, userId, ConversationStatus.ACTIVE, NO_STATE, now, now, 0,
                SessionSettings.none());
    }

    /** A conversation as it was saved, with no session settings. */
    public static Conversation restore(ConversationId id, BotId botId, String userId, ConversationStatus status,
                                       byte[] dialogState, Instant startedAt, Instant updatedAt, long version) {
        return restore(id, botId, userId, status, dialogState, startedAt, updatedAt, version, SessionSettings.none());
    }

    /** A conversation as it was saved. */
    public static Conversation restore(ConversationId id, BotId botId, String userId, ConversationStatus status,
                                       byte[] dialogState, Instant startedAt, Instant updatedAt, long version,
                                       SessionSettings session) {
        return new Conversation(id, botId, userId, status, dialogState, startedAt, updatedAt, version, session);
    }

    /** This conversation as a store holds it once saved: everything kept, the version one higher. */
    public Conversation stored() {
        return new Conversation(id, botId, userId, status, dialogState, startedAt, updatedAt, version + 1, session);
    }

    /**
     * The conversation after a turn moved its dialog on: the new status and interpreter state, updated at the
     * turn's last message. The version stays the one this turn loaded, so the store can tell whether another
     * turn saved first.
     */
    public Conversation afterTurn(ConversationStatus newStatus, byte[] newDialogState, Instant now) {
        return afterTurn(newStatus, newDialogState, session, now);
    }

    /** The conversation after a turn that may also have changed the session settings (ADD TOOL, SET CONTEXT). */
    public Conversation afterTurn(ConversationStatus newStatus, byte[] newDialogState, SessionSettings newSession,
                                  Instant now) {
        // A clock that steps back (NTP) must not make the conversation look older than it is.
        Instant touched = now.isBefore(updatedAt) ? updatedAt : now;
        return new Conversation(id, botId, userId, newStatus, newDialogState, startedAt, touched, version, newSession);
    }

    /**
     * When the next turn's first message is dated: now, but always after everything already saved, because
     * the history is ordered by time and a clock that is coarse or steps back must not put a reply before
     * the message it answers. Kept to the microsecond, as SQL timestamps are.
     */
    public Instant nextTurnAt(Instant now) {
        Instant at = now.truncatedTo(ChronoUnit.MICROS);
        if (version == 0) return at;
        Instant afterLast = updatedAt.truncatedTo(ChronoUnit.MICROS).plus(1, ChronoUnit.MICROS);
        return at.isBefore(afterLast) ? afterLast : at;
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

    /** The tools and context the dialogs set for the language model. */
    public SessionSettings session() { return session; }

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
