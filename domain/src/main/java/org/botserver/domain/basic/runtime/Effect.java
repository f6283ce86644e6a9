package org.botserver.domain.basic.runtime;

import java.time.Duration;
import java.util.List;
import org.botserver.domain.basic.value.Value;

/**
 * Something a running dialog asks its caller to do outside the program. The interpreter performs
 * no I/O: it suspends with an effect, the application performs it and resumes with the result.
 */
public sealed interface Effect {

    /** Say something to the user (TALK, PRINT, BEGIN TALK). Resume with NULL. */
    record Talk(String text) implements Effect {
    }

    /** Wait for the user's next message (HEAR). Resume with the raw text the user sent. */
    record AwaitInput(String variable, String type, List<String> choices) implements Effect {
        public AwaitInput {
            choices = List.copyOf(choices);
        }
    }

    /** Offer a quick reply next to the bot's messages (ADD SUGGESTION). Resume with NULL. */
    record AddSuggestion(String value, String label, String tool) implements Effect {
    }

    /** Drop all offered quick replies (CLEAR SUGGESTIONS). Resume with NULL. */
    record ClearSuggestions() implements Effect {
    }

    /** Pause the dialog (WAIT), already capped by the interpreter's limits. Resume with NULL. */
    record Pause(Duration duration) implements Effect {
    }

    /**
     * A keyword whose capability lives outside the language (LLM, USE KB, FIND, SAVE, GET, POST,
     * SET BOT MEMORY, SEND MAIL, SET SCHEDULE, ...). Resume with the keyword's result value.
     */
    record Capability(String keyword, List<Value> arguments) implements Effect {
        public Capability {
            arguments = List.copyOf(arguments);
        }
    }
}
