package org.botserver.domain.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.ArrayList;
import java.util.List;
import org.botserver.domain.basic.runtime.Effect;
import org.botserver.domain.basic.runtime.ExecutionState;
import org.botserver.domain.basic.runtime.Interpreter;
import org.botserver.domain.basic.runtime.Limits;
import org.botserver.domain.basic.runtime.Outcome;
import org.botserver.domain.basic.value.NullValue;
import org.botserver.domain.basic.value.TextValue;
import org.junit.jupiter.api.Test;

class WaitingConversationKeepsItsVersionTest {

    private static final String V1 = "TALK \"Hello from v1\"\nHEAR name\nTALK \"v1 says bye, \" + name";
    private static final String V2 = "TALK \"Hello from v2\"\nHEAR name\nTALK \"v2 says bye, \" + name";

    /** Runs until the dialog waits in HEAR or ends, collecting what it says. */
    private static Outcome run(Interpreter interpreter, Outcome outcome, List<String> said) {
        while (outcome instanceof Outcome.Suspended(ExecutionState state, Effect effect) && !(effect instanceof Effect.AwaitInput)) {
            if (effect instanceof Effect.Talk talk) said.add(talk.text());
            outcome = interpreter.resume(state, NullValue.NULL);
        }
        return outcome;
    }

    @Test
    void a_conversation_waiting_in_hear_finishes_on_the_old_version_and_a_new_one_starts_on_the_new() {
        Bot before = Packages.loaded(Packages.shop("start", V1));
        List<String> first = new ArrayList<>();
        Outcome waiting = run(new Interpreter(before.dialogs(), Limits.defaults()),
                new Interpreter(before.dialogs(), Limits.defaults()).start(before.startDialog()), first);
        byte[] saved = assertInstanceOf(Outcome.Suspended.class, waiting).state().toBytes();

        Bot after = before.revise(Packages.shop("start", V2), Packages.Clock.minutes(1), DialogRetention.defaults());
        Interpreter now = new Interpreter(after.dialogs(), Limits.defaults());
        run(now, now.resume(ExecutionState.fromBytes(saved), new TextValue("Ana")), first);
        List<String> second = new ArrayList<>();
        run(now, now.start(after.startDialog()), second);

        assertEquals(List.of("Hello from v1", "v1 says bye, Ana"), first);
        assertEquals(List.of("Hello from v2"), second);
    }
}
