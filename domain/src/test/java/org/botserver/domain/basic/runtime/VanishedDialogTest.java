package org.botserver.domain.basic.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.Map;
import java.util.Optional;
import org.botserver.domain.basic.BasicCompiler;
import org.botserver.domain.basic.CompileResult;
import org.botserver.domain.basic.Program;
import org.botserver.domain.basic.SourceFile;
import org.botserver.domain.basic.value.NullValue;
import org.botserver.domain.basic.value.TextValue;
import org.junit.jupiter.api.Test;

/** A dialog removed or edited while a conversation waited in it ends with an error naming file:line. */
class VanishedDialogTest {

    private final Program start = compile("bots/demo.gbdialog/start.bas", """
            TALK "Hi"
            CALL "ask"
            TALK "You said ${answer}"
            """);
    private final Program ask = compile("bots/demo.gbdialog/ask.bas", """
            TALK "Say something"
            HEAR answer
            """);

    @Test
    void a_waiting_dialog_that_is_gone_is_named_with_its_file_and_the_line_it_waited_at() {
        Program alone = compile("bots/demo.gbdialog/start.bas", "TALK \"Hi\"\nHEAR name\nTALK name\n");
        byte[] saved = waitingState(alone, Map.of("start", alone));
        RuntimeError error = resumeWith(saved, Map.of());
        assertEquals(new RuntimeError("bots/demo.gbdialog/start.bas", 2, "The dialog \"start\" no longer exists."), error);
    }

    @Test
    void a_called_dialog_that_is_gone_is_named_at_the_line_that_called_it() {
        byte[] saved = waitingState(start, Map.of("start", start, "ask", ask));
        RuntimeError error = resumeWith(saved, Map.of("start", start));
        assertEquals(new RuntimeError("bots/demo.gbdialog/start.bas", 2, "The dialog \"ask\" no longer exists."), error);
        assertEquals("bots/demo.gbdialog/start.bas:2: The dialog \"ask\" no longer exists.", error.format());
    }

    @Test
    void a_called_dialog_that_was_edited_is_named_at_the_line_that_called_it() {
        byte[] saved = waitingState(start, Map.of("start", start, "ask", ask));
        Program edited = compile("bots/demo.gbdialog/ask.bas", "TALK \"Say it again\"\nHEAR answer\n");
        RuntimeError error = resumeWith(saved, Map.of("start", start, "ask", edited));
        assertEquals("bots/demo.gbdialog/start.bas:2: The dialog \"ask\" was changed while this conversation"
                + " waited; it has to start again.", error.format());
    }

    /** Runs {@code program} until it waits in HEAR and returns the saved state. */
    private static byte[] waitingState(Program program, Map<String, Program> library) {
        Interpreter interpreter = new Interpreter(name -> Optional.ofNullable(library.get(name)), Limits.defaults());
        Outcome outcome = interpreter.start(program);
        while (!outcome.state().awaitingInput()) outcome = interpreter.resume(outcome.state(), NullValue.NULL);
        return outcome.state().toBytes();
    }

    private static RuntimeError resumeWith(byte[] saved, Map<String, Program> library) {
        Outcome outcome = new Interpreter(name -> Optional.ofNullable(library.get(name)), Limits.defaults())
                .resume(ExecutionState.fromBytes(saved), new TextValue("hello"));
        return assertInstanceOf(Outcome.Failed.class, outcome).error();
    }

    private static Program compile(String file, String text) {
        return ((CompileResult.Compiled) BasicCompiler.compile(new SourceFile(file, text))).program();
    }
}
