package org.botserver.domain.basic.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.botserver.domain.basic.Program;
import org.botserver.domain.basic.value.ArrayValue;
import org.botserver.domain.basic.value.ObjectValue;
import org.junit.jupiter.api.Test;

/** Arrays and objects held by two variables (or by themselves) are still one value after a save and restore. */
class SharedValuesSurviveSavingTest {

    private final Program program = DialogResumesFromSavedStateTest.compile("""
            a = [1, 2]
            b = a
            o = { name: "Ana" }
            o.me = o
            SUB Ask(x)
                HEAR answer
            END SUB
            Ask a
            """);

    @Test
    void two_variables_holding_one_array_still_hold_one_array_after_restoring() {
        ExecutionState restored = ExecutionState.fromBytes(suspended().toBytes());
        ArrayValue a = (ArrayValue) restored.variable("a");
        assertSame(a.elements(), ((ArrayValue) restored.variable("b")).elements());
    }

    @Test
    void a_parameter_and_the_variable_it_was_passed_from_stay_one_array() {
        ExecutionState restored = ExecutionState.fromBytes(suspended().toBytes());
        Frame dialog = restored.frames.getFirst();
        ArrayValue inSub = (ArrayValue) restored.variable("x");
        assertSame(((ArrayValue) dialog.load("a")).elements(), inSub.elements());
    }

    @Test
    void an_object_that_contains_itself_is_saved_and_restored_without_looping() {
        ExecutionState restored = ExecutionState.fromBytes(suspended().toBytes());
        ObjectValue o = (ObjectValue) restored.frames.getFirst().load("o");
        assertSame(o, o.get("me"));
        assertEquals("Ana", o.get("name").asText());
    }

    @Test
    void saving_a_restored_state_again_gives_the_same_bytes() {
        byte[] bytes = suspended().toBytes();
        assertTrue(java.util.Arrays.equals(bytes, ExecutionState.fromBytes(bytes).toBytes()));
    }

    private ExecutionState suspended() {
        Outcome outcome = new Interpreter(name -> Optional.of(program), Limits.defaults()).start(program);
        return ((Outcome.Suspended) outcome).state();
    }
}
