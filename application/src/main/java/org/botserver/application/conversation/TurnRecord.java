package org.botserver.application.conversation;

import java.time.Instant;
import java.util.Optional;
import org.botserver.domain.conversation.Conversation;
import org.botserver.domain.conversation.TurnOutcome;
import org.botserver.domain.conversation.TurnTranscript;

/**
 * Ends a turn the same way for starting and for answering: logs why a dialog broke, saves the conversation and the
 * turn's messages in the one {@code saveTurn} call, and says what was stored.
 */
final class TurnRecord {

    private TurnRecord() {
    }

    static TurnResult save(ConversationStore store, Conversation conversation, Optional<String> userText,
                           TurnOutcome outcome, Instant now) {
        TurnLog.problemOf(conversation, outcome);
        Instant at = conversation.nextTurnAt(now);
        TurnTranscript transcript = TurnTranscript.of(conversation.id(), userText, outcome.replies(), at,
                outcome.tokensUsed());
        store.saveTurn(conversation.afterTurn(outcome.status(), outcome.dialogState(), outcome.session(),
                transcript.endsAt(at)), transcript.all());
        return new TurnResult(conversation.id(), conversation.botId(), outcome.status(), transcript.userMessage(),
                transcript.replies(), outcome.suggestions(), outcome.sources());
    }
}
