package org.botserver.application.conversation;

import java.lang.System.Logger.Level;
import org.botserver.domain.conversation.Conversation;
import org.botserver.domain.conversation.TurnOutcome;

/** Writes the technical reason a dialog broke to the server log; the user only got a plain reply. */
final class TurnLog {

    private static final System.Logger LOG = System.getLogger(TurnLog.class.getName());

    private TurnLog() {
    }

    static void problemOf(Conversation conversation, TurnOutcome outcome) {
        outcome.problem().ifPresent(problem -> LOG.log(Level.WARNING,
                "Conversation {0} with bot {1} ended on a dialog error: {2}",
                conversation.id(), conversation.botId(), problem));
    }
}
