package org.botserver.domain.conversation;

import org.botserver.domain.basic.runtime.Effect;

/**
 * Performs the capability keywords a dialog uses (LLM, USE KB, FIND, SAVE, GET, SEND MAIL...) on behalf of one
 * conversation; the application supplies it, the dialog turn only asks.
 */
@FunctionalInterface
public interface Capabilities {

    CapabilityResult perform(Effect.Capability capability, TurnScope scope);

    /** No capability at all: every keyword is reported as not provided by this server. */
    static Capabilities none() {
        return (capability, scope) -> new CapabilityResult.Unavailable(capability.keyword());
    }
}
