package org.botserver.domain.basic.fuzz;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import org.botserver.domain.basic.BasicCompiler;
import org.botserver.domain.basic.CompileResult;
import org.botserver.domain.basic.SourceFile;
import org.botserver.domain.basic.runtime.Effect;
import org.botserver.domain.basic.runtime.Interpreter;
import org.botserver.domain.basic.runtime.Limits;
import org.botserver.domain.basic.runtime.Outcome;
import org.botserver.domain.basic.value.NullValue;
import org.botserver.domain.basic.value.TextValue;
import org.junit.jupiter.api.Test;

/**
 * Random text fed to the compiler yields a program or diagnostics, never an exception; whatever
 * compiles runs under small limits and ends in an outcome, never an exception. Under JAZZER_FUZZ=1
 * the @FuzzTest explores for a minute; in the normal build it replays its inputs, and a seeded
 * generator of BASIC-like token soup covers thousands of cases.
 */
class CompilerFuzzTest {

    private static final Limits SMALL = new Limits(2_000, 500, 20, 10_000, 1_000, Duration.ofSeconds(1));
    private static final String[] SOUP = {
        "IF ", "THEN ", "ELSE ", "END IF", "FOR ", "EACH ", "IN ", "TO ", "STEP ", "NEXT ", "WHILE ", "WEND", "DO ",
        "LOOP ", "UNTIL ", "EXIT ", "SUB ", "FUNCTION ", "END SUB", "CALL ", "RETURN ", "GOTO ", "ON ERROR RESUME NEXT",
        "SELECT CASE ", "CASE ", "SWITCH ", "DEFAULT", "WITH ", "TALK ", "HEAR ", "AS ", "EMAIL", "WAIT ", "x", "y",
        "a.b", "[", "]", "(", ")", "{", "}", ":", ",", "=", "+", "-", "*", "/", "^", "&", "<", ">", "<>", "MOD ",
        "AND ", "OR ", "NOT ", "\"text ${x}\"", "\"", "${", "1", "0", "2.5", "TRUE", "NULL", "LEN(", "MID(", "\n",
        "\n", " _\n", "'c\n", "BEGIN TALK\n", "END TALK\n", "LLM ", "FIND ", "PARAM ", "DESCRIPTION ", "lbl:\n", "."
    };

    @FuzzTest(maxDuration = "60s")
    void compiler_and_interpreter_never_throw(FuzzedDataProvider data) {
        exercise(data.consumeRemainingAsString());
    }

    @Test
    void token_soup_never_escapes_as_an_exception() {
        Random random = new Random(20260115);
        for (int i = 0; i < 5_000; i++) {
            StringBuilder program = new StringBuilder();
            int length = 1 + random.nextInt(40);
            for (int j = 0; j < length; j++) program.append(SOUP[random.nextInt(SOUP.length)]);
            exercise(program.toString());
        }
    }

    @Test
    void random_characters_never_escape_as_an_exception() {
        Random random = new Random(7);
        for (int i = 0; i < 2_000; i++) {
            char[] chars = new char[random.nextInt(200)];
            for (int j = 0; j < chars.length; j++) chars[j] = (char) (random.nextBoolean() ? 32 + random.nextInt(95) : random.nextInt(0x3000));
            exercise(new String(chars));
        }
    }

    private static void exercise(String text) {
        CompileResult result = BasicCompiler.compile(new SourceFile("fuzz.bas", text));
        assertNotNull(result);
        if (!(result instanceof CompileResult.Compiled compiled)) return;
        Interpreter interpreter = new Interpreter(name -> Optional.empty(), SMALL);
        Outcome outcome = interpreter.start(compiled.program());
        for (int step = 0; step < 50 && outcome instanceof Outcome.Suspended s; step++) {
            outcome = interpreter.resume(s.state(), s.effect() instanceof Effect.AwaitInput ? new TextValue("1") : NullValue.NULL);
        }
        assertNotNull(outcome);
        if (outcome instanceof Outcome.Failed failed && failed.error().message().startsWith("Internal error")) {
            throw new AssertionError(failed.error().message() + " in:\n" + text);
        }
    }
}
