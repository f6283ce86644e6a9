package org.botserver.domain.basic.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import org.botserver.domain.basic.BasicCompiler;
import org.botserver.domain.basic.CompileResult;
import org.botserver.domain.basic.Program;
import org.botserver.domain.basic.SourceFile;
import org.botserver.domain.basic.runtime.Effect;
import org.botserver.domain.basic.runtime.ExecutionState;
import org.botserver.domain.basic.runtime.Interpreter;
import org.botserver.domain.basic.runtime.Limits;
import org.botserver.domain.basic.runtime.Outcome;
import org.botserver.domain.basic.runtime.ProgramLibrary;
import org.botserver.domain.basic.value.NullValue;
import org.botserver.domain.basic.value.NumberValue;
import org.botserver.domain.basic.value.TextValue;
import org.botserver.domain.basic.value.Value;

/**
 * Plays a golden script the way the application does: compiles it, runs it, answers HEAR from the
 * inputs and capabilities from the replies, and records what the bot says. At every HEAR the state is
 * serialised, read back and resumed in a fresh interpreter, so every case also proves the round trip.
 */
final class TranscriptRunner {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-15T10:30:00Z"), ZoneOffset.UTC);

    record Result(List<String> transcript, List<String> errors) {
    }

    private final GoldenScript script;
    private final ProgramLibrary library;
    private final Limits limits;

    TranscriptRunner(GoldenScript script) {
        this.script = script;
        this.library = name -> sibling(script.file().getParent(), name);
        Limits d = Limits.defaults();
        this.limits = new Limits(script.limits().getOrDefault("statements", d.statements()),
                script.limits().getOrDefault("loops", d.loopIterations()),
                script.limits().getOrDefault("depth", (long) d.callDepth()).intValue(),
                script.limits().getOrDefault("string", (long) d.stringLength()).intValue(),
                script.limits().getOrDefault("array", (long) d.arraySize()).intValue(), d.maxWait());
    }

    Result run() {
        List<String> transcript = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        CompileResult compiled = BasicCompiler.compile(new SourceFile(script.file().getFileName().toString(), script.text()));
        if (compiled instanceof CompileResult.Failed failed) {
            failed.diagnostics().forEach(d -> errors.add(d.line() + ":" + d.column() + ": " + d.message()));
            return new Result(transcript, errors);
        }
        Program program = ((CompileResult.Compiled) compiled).program();
        Deque<String> inputs = new ArrayDeque<>(script.inputs());
        Deque<String> replies = new ArrayDeque<>(script.replies());
        Outcome outcome = interpreter().start(program, script.arguments());
        while (outcome instanceof Outcome.Suspended suspended) {
            Effect effect = suspended.effect();
            Value answer = NullValue.NULL;
            ExecutionState state = suspended.state();
            switch (effect) {
                case Effect.Talk talk -> transcript.addAll(List.of(talk.text().split("\n", -1)));
                case Effect.AwaitInput await -> {
                    if (inputs.isEmpty()) return new Result(transcript, errors);
                    answer = new TextValue(inputs.removeFirst());
                    state = ExecutionState.fromBytes(state.toBytes());
                }
                case Effect.AddSuggestion s -> transcript.add("<suggestion " + s.label() + " -> "
                        + (s.tool() == null ? s.value() : "tool " + s.tool()) + ">");
                case Effect.ClearSuggestions c -> transcript.add("<clear suggestions>");
                case Effect.Pause p -> transcript.add("<wait " + seconds(p.duration()) + "s>");
                case Effect.Capability c -> {
                    transcript.add("<" + c.keyword() + (c.arguments().isEmpty() ? "" : " ")
                            + c.arguments().stream().map(Value::asText).collect(Collectors.joining(" | ")) + ">");
                    if (!replies.isEmpty()) answer = reply(replies.removeFirst());
                }
            }
            outcome = (effect instanceof Effect.AwaitInput ? interpreter() : interpreterFor(state)).resume(state, answer);
        }
        if (outcome instanceof Outcome.Failed failed) errors.add(failed.error().line() + ": " + failed.error().message());
        if (!inputs.isEmpty()) errors.add("unused inputs: " + inputs);
        return new Result(transcript, errors);
    }

    private Interpreter interpreter() {
        return new Interpreter(library, limits, CLOCK, new Random(42)).withGlobals(script.globals());
    }

    private Interpreter interpreterFor(ExecutionState state) {
        return interpreter();
    }

    private static Value reply(String text) {
        try {
            return new NumberValue(new BigDecimal(text));
        } catch (NumberFormatException e) {
            return new TextValue(text);
        }
    }

    private static String seconds(Duration d) {
        return BigDecimal.valueOf(d.toMillis()).movePointLeft(3).stripTrailingZeros().toPlainString();
    }

    private static Optional<Program> sibling(Path dir, String name) {
        for (Path candidate : List.of(dir.resolve("lib").resolve(name + ".bas"), dir.resolve(name + ".bas"))) {
            if (!Files.exists(candidate)) continue;
            try {
                CompileResult r = BasicCompiler.compile(new SourceFile(candidate.getFileName().toString(),
                        Files.readString(candidate)));
                return r instanceof CompileResult.Compiled c ? Optional.of(c.program()) : Optional.empty();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Optional.empty();
    }
}
