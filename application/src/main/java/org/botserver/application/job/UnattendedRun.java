package org.botserver.application.job;

import java.lang.System.Logger.Level;
import java.util.Map;
import java.util.Objects;
import org.botserver.domain.basic.runtime.Limits;
import org.botserver.domain.basic.value.Value;
import org.botserver.domain.bot.Bot;
import org.botserver.domain.conversation.Capabilities;
import org.botserver.domain.conversation.ConversationId;
import org.botserver.domain.conversation.DialogTurn;
import org.botserver.domain.conversation.SessionSettings;
import org.botserver.domain.conversation.ToolOutcome;
import org.botserver.domain.conversation.TurnScope;

/**
 * Runs one dialog of a bot with nobody to talk to: with the capabilities of a conversation (memory, tables,
 * TALK TO...), its TALKs logged, and a HEAR ending the run, since no one can answer it.
 */
public final class UnattendedRun {

    private static final System.Logger LOG = System.getLogger(UnattendedRun.class.getName());

    private final Capabilities capabilities;
    private final Limits limits;

    public UnattendedRun(Capabilities capabilities, Limits limits) {
        this.capabilities = Objects.requireNonNull(capabilities, "capabilities");
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** Runs {@code dialog} for {@code userId} (a "job:" or "event:" id) with the given variables set. */
    public JobOutcome run(Bot bot, String dialog, Map<String, Value> variables, String userId) {
        TurnScope scope = new TurnScope(bot.id(), ConversationId.random(), userId);
        ToolOutcome outcome = DialogTurn.callTool(bot, dialog, variables, SessionSettings.none(), limits, capabilities,
                scope);
        String said = String.join("\n", outcome.replies());
        if (!said.isEmpty()) LOG.log(Level.INFO, "{0} of bot {1} said: {2}", userId, bot.id(), said);
        return switch (outcome.end()) {
            case ToolOutcome.Returned returned -> JobOutcome.succeeded(said);
            case ToolOutcome.WaitsForUser waits -> JobOutcome.failed("The dialog " + dialog
                    + " waits for an answer (HEAR), but it runs with nobody in the conversation to answer it.");
            case ToolOutcome.Failed(var problem) -> JobOutcome.failed(problem);
        };
    }
}
