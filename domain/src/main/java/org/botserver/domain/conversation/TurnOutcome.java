package org.botserver.domain.conversation;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * What one turn produced: the bot's replies in order, the quick replies on offer, where the dialog now stands
 * with its state to save, the session settings to keep, the language-model tokens the turn used (counted on its
 * last reply), the knowledge-base sources an answer was grounded in and, when the dialog broke, the technical
 * reason for the log (the user only ever sees a plain reply).
 */
@ValueObject
public record TurnOutcome(List<String> replies, List<Suggestion> suggestions, ConversationStatus status,
                          byte[] dialogState, Optional<String> problem, SessionSettings session, int tokensUsed,
                          List<String> sources) {

    public TurnOutcome {
        replies = List.copyOf(replies);
        suggestions = List.copyOf(suggestions);
        Objects.requireNonNull(status, "status");
        dialogState = dialogState.clone();
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(session, "session");
        if (tokensUsed < 0) throw new IllegalArgumentException("tokensUsed must not be negative: " + tokensUsed);
        sources = List.copyOf(sources);
    }

    /** An outcome grounded in no knowledge-base source. */
    public TurnOutcome(List<String> replies, List<Suggestion> suggestions, ConversationStatus status,
                       byte[] dialogState, Optional<String> problem, SessionSettings session, int tokensUsed) {
        this(replies, suggestions, status, dialogState, problem, session, tokensUsed, List.of());
    }

    /** The same outcome, its answer grounded in these sources ("faq/returns.md, page 2"). */
    public TurnOutcome withSources(List<String> grounding) {
        return new TurnOutcome(replies, suggestions, status, dialogState, problem, session, tokensUsed, grounding);
    }

    /** A turn in which no dialog ran, only a fixed answer was given; the dialog stays ended. */
    public static TurnOutcome endedWith(String reply) {
        return endedWith(reply, SessionSettings.none());
    }

    /** A fixed answer in a conversation whose session settings stay as they are. */
    public static TurnOutcome endedWith(String reply, SessionSettings session) {
        return new TurnOutcome(List.of(reply), List.of(), ConversationStatus.ENDED, new byte[0], Optional.empty(),
                session, 0);
    }

    @Override public byte[] dialogState() { return dialogState.clone(); }

    @Override public boolean equals(Object other) {
        return other instanceof TurnOutcome that && replies.equals(that.replies)
                && suggestions.equals(that.suggestions) && status == that.status
                && Arrays.equals(dialogState, that.dialogState) && problem.equals(that.problem)
                && session.equals(that.session) && tokensUsed == that.tokensUsed && sources.equals(that.sources);
    }

    @Override public int hashCode() {
        return Objects.hash(replies, suggestions, status, Arrays.hashCode(dialogState), problem, session, tokensUsed, sources);
    }
}
