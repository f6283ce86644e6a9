package org.botserver.domain.basic.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.botserver.domain.basic.BasicCompiler;
import org.botserver.domain.basic.CompileResult;
import org.botserver.domain.basic.Program;
import org.botserver.domain.basic.SourceFile;
import org.botserver.domain.basic.value.NullValue;
import org.botserver.domain.basic.value.TextValue;
import org.junit.jupiter.api.Test;

/** The way the application drives a dialog: run to HEAR, keep only the bytes, resume later elsewhere. */
class DialogResumesFromSavedStateTest {

    private static final String HELLO = """
            TALK "Hello! What is your name?"
            HEAR name
            TALK "Nice to meet you, ${name}!"
            """;

    private final Program hello = compile(HELLO);
    private final ProgramLibrary library = name -> name.equals("start") ? Optional.of(hello) : Optional.empty();

    @Test
    void a_dialog_waiting_in_hear_continues_from_its_bytes_in_a_fresh_interpreter() {
        Outcome first = new Interpreter(library, Limits.defaults()).start(hello);
        assertEquals(new Effect.Talk("Hello! What is your name?"), ((Outcome.Suspended) first).effect());

        Outcome waiting = new Interpreter(library, Limits.defaults()).resume(first.state(), NullValue.NULL);
        Outcome.Suspended hear = assertInstanceOf(Outcome.Suspended.class, waiting);
        assertEquals(new Effect.AwaitInput("name", "STRING", java.util.List.of()), hear.effect());
        assertTrue(hear.state().awaitingInput());
        byte[] saved = hear.state().toBytes();

        ExecutionState restored = ExecutionState.fromBytes(saved);
        Outcome greeted = new Interpreter(library, Limits.defaults()).resume(restored, new TextValue("Ana"));
        assertEquals(new Effect.Talk("Nice to meet you, Ana!"), ((Outcome.Suspended) greeted).effect());
        assertFalse(greeted.state().awaitingInput());

        Outcome done = new Interpreter(library, Limits.defaults()).resume(greeted.state(), NullValue.NULL);
        assertInstanceOf(Outcome.Finished.class, done);
    }

    @Test
    void a_saved_state_of_a_changed_dialog_fails_plainly_instead_of_running_the_wrong_code() {
        Outcome.Suspended talk = (Outcome.Suspended) new Interpreter(library, Limits.defaults()).start(hello);
        Program edited = compile(HELLO + "TALK \"bye\"\n");
        Outcome outcome = new Interpreter(name -> Optional.of(edited), Limits.defaults())
                .resume(ExecutionState.fromBytes(talk.state().toBytes()), NullValue.NULL);
        Outcome.Failed failed = assertInstanceOf(Outcome.Failed.class, outcome);
        assertTrue(failed.error().message().contains("was changed"), failed.error().message());
    }

    static Program compile(String text) {
        return ((CompileResult.Compiled) BasicCompiler.compile(new SourceFile("start.bas", text))).program();
    }
}
