package org.botserver.domain.basic.runtime;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.botserver.domain.basic.Program;
import org.botserver.domain.basic.builtins.BuiltinContext;
import org.botserver.domain.basic.builtins.BuiltinException;
import org.botserver.domain.basic.builtins.Builtins;
import org.botserver.domain.basic.compiler.Code;
import org.botserver.domain.basic.compiler.Instruction;
import org.botserver.domain.basic.compiler.Instruction.*;
import org.botserver.domain.basic.value.*;

/**
 * Executes instructions of an {@link ExecutionState} for one turn until the dialog yields an effect,
 * ends or fails. Counters for the per-turn limits live here, not in the state.
 */
final class Machine {

    private final ExecutionState s;
    private final Limits limits;
    private final BuiltinContext context;
    private final ProgramLibrary library;
    private final Accessors access;
    private Frame frame;
    private Code code;
    private List<Instruction> instructions;
    private boolean[] starts;
    private long statements;
    private long iterations;

    Machine(ExecutionState state, Limits limits, BuiltinContext context, ProgramLibrary library) {
        this.s = state;
        this.limits = limits;
        this.context = context;
        this.library = library;
        this.access = new Accessors(limits);
        enter(state.top());
    }

    private void enter(Frame f) {
        frame = f;
        code = f.compiled.code();
        instructions = code.instructions();
        starts = code.statementStarts();
    }

    Outcome run() {
        s.status = ExecutionState.Status.RUNNING;
        while (true) {
            try {
                return loop();
            } catch (BasicError e) {
                if (e.fatal() || !recover(e.getMessage())) return fail(e.getMessage());
            } catch (BuiltinException e) {
                if (!recover(e.getMessage())) return fail(e.getMessage());
            } catch (ArithmeticException e) {
                if (!recover("Arithmetic error: " + e.getMessage() + ".")) return fail("Arithmetic error: " + e.getMessage() + ".");
            } catch (OutOfMemoryError | StackOverflowError e) {
                return fail("The dialog ran out of memory.");
            }
        }
    }

    private Outcome loop() {
        int pc = s.pc;
        while (true) {
            if (starts[pc] && ++statements > limits.statements()) {
                s.pc = pc;
                throw new BasicError("Statement limit of " + limits.statements() + " per turn exceeded.", true);
            }
            s.pc = pc;
            Instruction ins = instructions.get(pc);
            switch (ins) {
                case Push p -> push(p.value());
                case Load l -> {
                    Value v = frame.load(l.name());
                    push(v == null ? NullValue.NULL : v);
                }
                case Store st -> frame.store(st.name(), pop());
                case Binary b -> {
                    Value right = pop();
                    Value result = Operators.binary(b.op(), pop(), right);
                    if (result instanceof TextValue t) access.checkText(t);
                    push(result);
                }
                case JumpIfFalse j -> {
                    if (!pop().truthy()) {
                        pc = jump(pc, j.target());
                        continue;
                    }
                }
                case JumpIfTrue j -> {
                    if (pop().truthy()) {
                        pc = jump(pc, j.target());
                        continue;
                    }
                }
                case Jump j -> {
                    pc = jump(pc, j.target());
                    continue;
                }
                case ForTest f -> {
                    if (forDone(f)) {
                        pc = f.exit();
                        continue;
                    }
                }
                case EachNext e -> {
                    if (!eachNext(e)) {
                        pc = e.exit();
                        continue;
                    }
                }
                case Pop p -> pop();
                case LoadContainer c -> push(container(c));
                case MemberContainer c -> push(access.memberContainer(pop(), c.name(), c.array()));
                case Negate n -> push(Operators.negate(pop()));
                case Not n -> push(BoolValue.of(!pop().truthy()));
                case ToBool t -> push(BoolValue.of(pop().truthy()));
                case GetMember g -> push(access.member(pop(), g.name()));
                case GetIndex g -> {
                    Value index = pop();
                    push(access.index(pop(), index));
                }
                case SetMember m -> {
                    Value value = pop();
                    access.setMember(pop(), m.name(), value);
                }
                case SetIndex x -> {
                    Value value = pop();
                    Value index = pop();
                    access.setIndex(pop(), index, value);
                }
                case MakeArray a -> {
                    if (a.count() > limits.arraySize()) throw access.arrayTooLarge();
                    push(ArrayValue.of(popMany(a.count())));
                }
                case MakeObject o -> {
                    List<Value> values = popMany(o.keys().size());
                    ObjectValue object = ObjectValue.empty();
                    for (int i = 0; i < values.size(); i++) object.put(o.keys().get(i), values.get(i));
                    push(object);
                }
                case Concat c -> {
                    StringBuilder text = new StringBuilder();
                    for (Value v : popMany(c.count())) text.append(v.asText());
                    push(access.checkText(new TextValue(text.toString())));
                }
                case CallBuiltin c -> push(callBuiltin(c));
                case CallProcedure c -> {
                    callProcedure(c, pc);
                    pc = c.entry();
                    continue;
                }
                case CallDialog c -> {
                    callDialog(pc);
                    pc = 0;
                    continue;
                }
                case Return r -> {
                    pc = leave(r.hasValue() ? pop() : NullValue.NULL, false);
                    continue;
                }
                case Halt h -> {
                    Value result = h.hasValue() ? pop() : NullValue.NULL;
                    int next = leave(result, true);
                    if (next < 0) return finish(result);
                    pc = next;
                    continue;
                }
                case OnError o -> {
                    frame.resumeNext = o.resumeNext();
                    s.errorMessage = null;
                }
                case Throw t -> throw new BasicError(pop().asText());
                case ErrorState e -> push(e.message()
                        ? new TextValue(s.errorMessage == null ? "" : s.errorMessage)
                        : BoolValue.of(s.errorMessage != null));
                case Talk t -> { return suspend(pc, ExecutionState.Resume.DISCARD, new Effect.Talk(pop().asText())); }
                case Hear h -> { return hear(pc, h); }
                case Wait w -> { return suspend(pc, ExecutionState.Resume.DISCARD, new Effect.Pause(waitFor(pop()))); }
                case Suggest g -> {
                    Value value = pop();
                    Value label = pop();
                    String tool = g.tool() ? pop().asText() : null;
                    return suspend(pc, ExecutionState.Resume.DISCARD,
                            new Effect.AddSuggestion(value.asText(), label.asText(), tool));
                }
                case ClearSuggestions c -> { return suspend(pc, ExecutionState.Resume.DISCARD, new Effect.ClearSuggestions()); }
                case Capability c -> {
                    List<Value> arguments = popMany(c.arguments());
                    return suspend(pc, c.keepResult() ? ExecutionState.Resume.PUSH : ExecutionState.Resume.DISCARD,
                            new Effect.Capability(c.keyword(), arguments));
                }
            }
            pc++;
        }
    }

    private int jump(int pc, int target) {
        if (target <= pc && ++iterations > limits.loopIterations()) {
            throw new BasicError("Loop limit of " + limits.loopIterations() + " iterations per turn exceeded.", true);
        }
        return target;
    }

    private boolean forDone(ForTest f) {
        BigDecimal i = Operators.number(frame.load(f.variable()) == null ? NullValue.NULL : frame.load(f.variable()),
                org.botserver.domain.basic.ast.BinaryOp.ADD);
        BigDecimal limit = Operators.number(frame.load(f.limit()), org.botserver.domain.basic.ast.BinaryOp.ADD);
        BigDecimal step = Operators.number(frame.load(f.step()), org.botserver.domain.basic.ast.BinaryOp.ADD);
        if (step.signum() == 0) throw new BasicError("FOR … STEP 0 would never end.");
        return step.signum() > 0 ? i.compareTo(limit) > 0 : i.compareTo(limit) < 0;
    }

    private boolean eachNext(EachNext e) {
        Value items = frame.load(e.items());
        int index = ((NumberValue) frame.load(e.index())).value().intValue();
        Value item;
        switch (items) {
            case ArrayValue a -> {
                if (index >= a.size()) return false;
                item = a.elements().get(index);
            }
            case ObjectValue o -> {
                if (index >= o.fields().size()) return false;
                item = new ArrayList<>(o.fields().values()).get(index);
            }
            case NullValue n -> { return false; }
            default -> {
                if (index > 0) return false;
                item = items;
            }
        }
        frame.store(e.index(), NumberValue.of(index + 1));
        frame.store(e.variable(), item);
        return true;
    }

    private Value container(LoadContainer c) {
        Value v = frame.load(c.name());
        if (v == null || v instanceof NullValue) {
            v = c.array() ? ArrayValue.empty() : ObjectValue.empty();
            frame.store(c.name(), v);
        }
        return v;
    }

    private Value callBuiltin(CallBuiltin c) {
        List<Value> arguments = popMany(c.arguments());
        var function = Builtins.find(c.name())
                .orElseThrow(() -> new BasicError("Unknown function " + c.name() + "."));
        Value result = function.call(arguments, context);
        if (result instanceof TextValue t) access.checkText(t);
        return result;
    }

    private void callProcedure(CallProcedure c, int pc) {
        List<Value> arguments = popMany(c.arguments());
        checkDepth();
        Map<String, Value> locals = new HashMap<>();
        for (int i = 0; i < c.parameters().size(); i++) {
            locals.put(c.parameters().get(i), i < arguments.size() ? arguments.get(i) : NullValue.NULL);
        }
        Frame callee = new Frame(frame.compiled, false, pc + 1, s.stack.size(), c.keepResult(), locals);
        callee.globals = frame.globals;
        s.frames.add(callee);
        enter(callee);
    }

    private void callDialog(int pc) {
        String name = pop().asText();
        Program program = library.find(name)
                .orElseThrow(() -> new BasicError("There is no dialog named \"" + name + "\" to CALL."));
        checkDepth();
        Frame callee = Frame.dialog(program, pc + 1, s.stack.size());
        s.frames.add(callee);
        enter(callee);
    }

    private void checkDepth() {
        if (s.frames.size() >= limits.callDepth()) {
            throw new BasicError("Call depth limit of " + limits.callDepth() + " exceeded.", true);
        }
    }

    /** Pops the current frame (up to the dialog's when {@code dialog}); returns where to continue, -1 when done. */
    private int leave(Value result, boolean dialog) {
        while (true) {
            Frame done = s.frames.removeLast();
            truncate(done.stackBase);
            if (s.frames.isEmpty()) return -1;
            if (done.dialog || !dialog) {
                enter(s.top());
                if (done.keepResult) push(result);
                return done.returnPc;
            }
        }
    }

    private Outcome hear(int pc, Hear h) {
        List<String> choices = new ArrayList<>();
        for (Value v : popMany(h.choices())) {
            if (v instanceof ArrayValue a) a.elements().forEach(e -> choices.add(e.asText()));
            else choices.add(v.asText());
        }
        s.hear = new PendingHear(h.variable(), h.name(), h.type(), choices, 0);
        return suspend(pc, ExecutionState.Resume.HEAR, Answers.question(s.hear));
    }

    private Duration waitFor(Value seconds) {
        BigDecimal n = Operators.number(seconds, org.botserver.domain.basic.ast.BinaryOp.ADD);
        if (n.signum() <= 0) return Duration.ZERO;
        Duration asked = n.compareTo(BigDecimal.valueOf(limits.maxWait().toSeconds() + 1)) > 0
                ? limits.maxWait().plusSeconds(1)
                : Duration.ofMillis(n.multiply(BigDecimal.valueOf(1000)).longValue());
        return asked.compareTo(limits.maxWait()) > 0 ? limits.maxWait() : asked;
    }

    private Outcome suspend(int pc, ExecutionState.Resume resume, Effect effect) {
        s.pc = pc + 1;
        s.resume = resume;
        s.status = ExecutionState.Status.SUSPENDED;
        return new Outcome.Suspended(s, effect);
    }

    private Outcome finish(Value result) {
        s.result = result;
        s.status = ExecutionState.Status.FINISHED;
        s.resume = ExecutionState.Resume.NONE;
        return new Outcome.Finished(s);
    }

    private Outcome fail(String message) {
        int line = code.lines().length > s.pc ? code.lines()[s.pc] : 0;
        s.status = ExecutionState.Status.FAILED;
        s.resume = ExecutionState.Resume.NONE;
        return new Outcome.Failed(s, new RuntimeError(frame.compiled.file(), line, message));
    }

    /** ON ERROR RESUME NEXT: the nearest frame that traps errors continues after the failed statement. */
    private boolean recover(String message) {
        int at = s.pc;
        for (int i = s.frames.size() - 1; i >= 0; i--) {
            Frame f = s.frames.get(i);
            if (f.resumeNext) {
                int next = f.compiled.code().resumeAt()[at];
                if (next < 0) return false;
                while (s.frames.size() > i + 1) s.frames.removeLast();
                truncate(f.stackBase);
                enter(f);
                s.pc = next;
                s.errorMessage = message;
                return true;
            }
            at = f.returnPc - 1;
            if (at < 0) return false;
        }
        return false;
    }

    private void push(Value v) {
        s.stack.add(v);
    }

    private Value pop() {
        return s.stack.removeLast();
    }

    private List<Value> popMany(int n) {
        List<Value> top = s.stack.subList(s.stack.size() - n, s.stack.size());
        List<Value> values = new ArrayList<>(top);
        top.clear();
        return values;
    }

    private void truncate(int size) {
        while (s.stack.size() > size) s.stack.removeLast();
    }
}
