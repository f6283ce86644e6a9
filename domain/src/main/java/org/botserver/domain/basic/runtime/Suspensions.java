package org.botserver.domain.basic.runtime;

import static org.botserver.domain.basic.compiler.Op.*;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.botserver.domain.basic.ast.BinaryOp;
import org.botserver.domain.basic.compiler.Instruction;
import org.botserver.domain.basic.value.ArrayValue;
import org.botserver.domain.basic.value.Value;

/** The instructions that hand an effect to the caller (TALK, HEAR, WAIT, suggestions, capabilities) and the end of a run. */
final class Suspensions {

    private Suspensions() {
    }

    static Outcome execute(Machine m, int pc, int op, int a, int b, Object operand) {
        OperandStack stack = m.s.stack;
        ExecutionState.Resume discard = ExecutionState.Resume.DISCARD;
        return switch (op) {
            case TALK -> suspend(m, pc, discard, new Effect.Talk(stack.pop().asText()));
            case HEAR -> hear(m, pc, (Instruction.Hear) operand, stack.popMany(a));
            case WAIT -> suspend(m, pc, discard, new Effect.Pause(waitFor(m.limits, stack.pop())));
            case SUGGEST -> {
                Value value = stack.pop();
                Value label = stack.pop();
                String tool = a == 1 ? stack.pop().asText() : null;
                yield suspend(m, pc, discard, new Effect.AddSuggestion(value.asText(), label.asText(), tool));
            }
            case CLEAR_SUGGESTIONS -> suspend(m, pc, discard, new Effect.ClearSuggestions());
            case CAPABILITY -> {
                List<Value> arguments = stack.popMany(a);
                yield suspend(m, pc, b == 1 ? ExecutionState.Resume.PUSH : discard,
                        new Effect.Capability((String) operand, arguments));
            }
            default -> throw new IllegalStateException("not an effect: " + op);
        };
    }

    private static Outcome hear(Machine m, int pc, Instruction.Hear h, List<Value> menu) {
        List<String> choices = new ArrayList<>();
        for (Value v : menu) {
            if (v instanceof ArrayValue array) array.elements().forEach(e -> choices.add(e.asText()));
            else choices.add(v.asText());
        }
        m.s.hear = new PendingHear(h.variable(), h.name(), h.type(), choices, 0);
        return suspend(m, pc, ExecutionState.Resume.HEAR, Answers.question(m.s.hear));
    }

    private static Duration waitFor(Limits limits, Value seconds) {
        BigDecimal n = Arithmetic.number(seconds, BinaryOp.ADD);
        if (n.signum() <= 0) return Duration.ZERO;
        Duration asked = n.compareTo(BigDecimal.valueOf(limits.maxWait().toSeconds() + 1)) > 0
                ? limits.maxWait().plusSeconds(1)
                : Duration.ofMillis(n.multiply(BigDecimal.valueOf(1000)).longValue());
        return asked.compareTo(limits.maxWait()) > 0 ? limits.maxWait() : asked;
    }

    private static Outcome suspend(Machine m, int pc, ExecutionState.Resume resume, Effect effect) {
        m.s.pc = pc + 1;
        m.s.resume = resume;
        m.s.status = ExecutionState.Status.SUSPENDED;
        return new Outcome.Suspended(m.s, effect);
    }

    static Outcome finish(Machine m, Value result) {
        m.s.result = result;
        m.s.status = ExecutionState.Status.FINISHED;
        m.s.resume = ExecutionState.Resume.NONE;
        return new Outcome.Finished(m.s);
    }
}
