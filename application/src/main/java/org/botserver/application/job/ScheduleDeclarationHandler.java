package org.botserver.application.job;

import java.util.Set;
import org.botserver.application.capability.CapabilityHandler;
import org.botserver.domain.basic.runtime.Effect;
import org.botserver.domain.basic.value.NullValue;
import org.botserver.domain.conversation.CapabilityResult;
import org.botserver.domain.conversation.TurnScope;

/**
 * SET SCHEDULE when a dialog reaches it: nothing to do, since the compiler already read the schedule and the job
 * runner reads it from the loaded bot; the dialog simply goes on.
 */
public final class ScheduleDeclarationHandler implements CapabilityHandler {

    @Override
    public Set<String> keywords() {
        return Set.of("SET SCHEDULE");
    }

    @Override
    public CapabilityResult perform(Effect.Capability capability, TurnScope scope) {
        return new CapabilityResult.Performed(NullValue.NULL);
    }
}
