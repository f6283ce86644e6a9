package org.botserver.domain.basic.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.botserver.domain.basic.Program;
import org.botserver.domain.basic.value.*;
import org.junit.jupiter.api.Test;

/** A saved state carries every kind of value, the call stack and the pending HEAR. */
class StateSerializationTest {

    private static final String SCRIPT = """
            ON ERROR RESUME NEXT
            FUNCTION Ask(q)
                TALK q
                HEAR a AS INTEGER
                RETURN a * 2
            END FUNCTION
            text = "olá ${"\\u00e9"} " & "x"
            big = 12345678901234567890.125
            when = DATEADD(TODAY, 1, "day")
            list = [1, "two", [3, NULL], { k: TRUE }]
            obj = { name: "Ana", tags: ["a", "b"], nested: { deep: 0.5 } }
            FOR EACH item IN [10, 20]
                doubled = Ask("Number for " & item & "?")
                TALK doubled
            NEXT
            """;

    private final Program program = DialogResumesFromSavedStateTest.compile(SCRIPT);
    private final ProgramLibrary library = name -> Optional.of(program);

    @Test
    void every_value_kind_survives_the_round_trip() {
        Outcome.Suspended asked = runToFirstHear();
        ExecutionState copy = ExecutionState.fromBytes(asked.state().toBytes());
        for (String name : List.of("text", "big", "when", "list", "obj", "item")) {
            assertEquals(asked.state().variable(name), copy.variable(name), name);
        }
        assertInstanceOf(DateValue.class, copy.variable("when"));
        assertTrue(copy.awaitingInput());
        assertArrayEquals(asked.state().toBytes(), ExecutionState.fromBytes(asked.state().toBytes()).toBytes());
    }

    @Test
    void a_restored_state_continues_inside_the_function_and_the_loop_with_its_retry_count() {
        ExecutionState state = ExecutionState.fromBytes(runToFirstHear().state().toBytes());
        Interpreter fresh = new Interpreter(library, Limits.defaults());
        Outcome refused = fresh.resume(state, new TextValue("many"));
        assertEquals(new Effect.Talk("Please enter a whole number, like 42."), ((Outcome.Suspended) refused).effect());
        ExecutionState again = ExecutionState.fromBytes(refused.state().toBytes());
        Outcome asked = new Interpreter(library, Limits.defaults()).resume(again, NullValue.NULL);
        assertInstanceOf(Effect.AwaitInput.class, ((Outcome.Suspended) asked).effect());
        Outcome doubled = new Interpreter(library, Limits.defaults())
                .resume(ExecutionState.fromBytes(asked.state().toBytes()), new TextValue("21"));
        assertEquals(new Effect.Talk("42"), ((Outcome.Suspended) doubled).effect());
        Outcome next = fresh.resume(doubled.state(), NullValue.NULL);
        assertEquals(new Effect.Talk("Number for 20?"), ((Outcome.Suspended) next).effect());
    }

    @Test
    void damaged_or_foreign_bytes_are_refused_with_a_plain_message() {
        byte[] bytes = runToFirstHear().state().toBytes();
        byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length / 2);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ExecutionState.fromBytes(cut))
                .getMessage().startsWith("Saved dialog state is damaged"));
        assertThrows(IllegalArgumentException.class, () -> ExecutionState.fromBytes(new byte[] {1, 2, 3}));
    }

    @Test
    void a_finished_dialog_cannot_be_resumed() {
        Program done = DialogResumesFromSavedStateTest.compile("x = 1\n");
        Outcome finished = new Interpreter(name -> Optional.of(done), Limits.defaults()).start(done, Map.of());
        Outcome again = new Interpreter(name -> Optional.of(done), Limits.defaults()).resume(finished.state(), NullValue.NULL);
        assertInstanceOf(Outcome.Failed.class, again);
    }

    private Outcome.Suspended runToFirstHear() {
        Interpreter interpreter = new Interpreter(library, Limits.defaults());
        Outcome o = interpreter.start(program);
        while (o instanceof Outcome.Suspended s && !(s.effect() instanceof Effect.AwaitInput)) {
            o = interpreter.resume(s.state(), NullValue.NULL);
        }
        return (Outcome.Suspended) o;
    }
}
