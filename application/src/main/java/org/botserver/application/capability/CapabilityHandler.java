package org.botserver.application.capability;

import java.util.Set;
import org.botserver.domain.basic.runtime.Effect;
import org.botserver.domain.conversation.CapabilityResult;
import org.botserver.domain.conversation.TurnScope;

/** Performs one family of capability keywords (e.g. the bot-table keywords FIND, SAVE, INSERT...). */
public interface CapabilityHandler {

    /** The keywords handled, exactly as the interpreter names them ("LLM", "USE KB", "SET BOT MEMORY"). */
    Set<String> keywords();

    CapabilityResult perform(Effect.Capability capability, TurnScope scope);
}
