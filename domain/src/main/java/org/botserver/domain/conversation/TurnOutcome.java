package org.botserver.domain.conversation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * What one turn of a dialog produced: the bot's replies in order, the quick replies on offer, where the
 * dialog now stands with its state to save, and, when the dialog broke, the technical reason for the log
 * (the user only ever sees a plain reply).
 */
@ValueObject
public record TurnOutcome(List<String> replies, List<Suggestion> suggestions, ConversationStatus status,
                          byte[] dialogState, Optional<String> problem) {

    public TurnOutcome {
        replies = List.copyOf(replies);
        suggestions = List.copyOf(suggestions);
        Objects.requireNonNull(status, "status");
        dialogState = dialogState.clone();
        Objects.requireNonNull(problem, "problem");
    }

    /** A turn in which no dialog ran, only a fixed answer was given; the dialog stays ended. */
    public static TurnOutcome endedWith(String reply) {
        return new TurnOutcome(List.of(reply), List.of(), ConversationStatus.ENDED, new byte[0], Optional.empty());
    }

    @Override public byte[] dialogState() { return dialogState.clone(); }

    @Override public boolean equals(Object other) {
        return other instanceof TurnOutcome that && replies.equals(that.replies)
                && suggestions.equals(that.suggestions) && status == that.status
                && java.util.Arrays.equals(dialogState, that.dialogState) && problem.equals(that.problem);
    }

    @Override public int hashCode() {
        return Objects.hash(replies, suggestions, status, java.util.Arrays.hashCode(dialogState), problem);
    }
}
