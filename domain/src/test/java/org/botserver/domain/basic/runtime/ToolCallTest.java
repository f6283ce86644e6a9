package org.botserver.domain.basic.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.Map;
import java.util.Optional;
import org.botserver.domain.basic.Program;
import org.botserver.domain.basic.value.NullValue;
import org.botserver.domain.basic.value.NumberValue;
import org.botserver.domain.basic.value.TextValue;
import org.botserver.domain.basic.value.Value;
import org.junit.jupiter.api.Test;

/** Calling a dialog as a tool: typed arguments in, TALK out as effects, the RETURN value as the result. */
class ToolCallTest {

    private final Program tool = DialogResumesFromSavedStateTest.compile("""
            PARAM quantity AS INTEGER
            PARAM product AS STRING OPTIONAL
            DESCRIPTION "Orders"
            TALK "Ordering " & quantity
            RETURN quantity * 2
            """);
    private final Interpreter interpreter = new Interpreter(name -> Optional.of(tool), Limits.defaults());

    @Test
    void text_arguments_are_converted_to_the_declared_type_and_the_return_value_is_the_result() {
        Outcome talk = interpreter.start(tool, Map.<String, Value>of("QUANTITY", new TextValue("3")));
        assertEquals(new Effect.Talk("Ordering 3"), ((Outcome.Suspended) talk).effect());
        Outcome done = interpreter.resume(talk.state(), NullValue.NULL);
        assertInstanceOf(Outcome.Finished.class, done);
        assertEquals(NumberValue.of(6), done.state().result());
        assertEquals(NullValue.NULL, done.state().variable("product"));
    }

    @Test
    void a_missing_required_argument_fails_before_any_statement_runs() {
        Outcome.Failed failed = assertInstanceOf(Outcome.Failed.class, interpreter.start(tool, Map.of()));
        assertEquals("Missing argument quantity for tool start.", failed.error().message());
    }
}
