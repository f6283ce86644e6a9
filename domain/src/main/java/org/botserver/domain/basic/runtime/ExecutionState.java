package org.botserver.domain.basic.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.botserver.domain.basic.value.NullValue;
import org.botserver.domain.basic.value.Value;

/**
 * The whole state of a running dialog as a plain value: the call stack with every variable, the
 * instruction pointer, the operand stack, the pending HEAR and the ON ERROR state. Nothing else
 * is needed to continue, so a dialog waiting for the user holds no thread and can move between
 * servers as {@link #toBytes()}. The interpreter advances a state in place when resuming it.
 */
public final class ExecutionState {

    enum Status { RUNNING, SUSPENDED, FINISHED, FAILED }

    /** What the next resume value means for the instruction that suspended. */
    enum Resume { NONE, DISCARD, PUSH, HEAR, REASK }

    final List<Frame> frames;
    final OperandStack stack;
    int pc;
    Status status = Status.RUNNING;
    Resume resume = Resume.NONE;
    PendingHear hear;
    String errorMessage;
    Value result = NullValue.NULL;

    ExecutionState(List<Frame> frames, OperandStack stack) {
        this.frames = frames;
        this.stack = stack;
    }

    static ExecutionState start(Frame main) {
        List<Frame> frames = new ArrayList<>();
        frames.add(main);
        return new ExecutionState(frames, new OperandStack(16));
    }

    /** True while the dialog waits in HEAR for the user's next message. */
    public boolean awaitingInput() {
        return status == Status.SUSPENDED && resume == Resume.HEAR;
    }

    /** True once the dialog has run to its end (or stopped on an error); it cannot be resumed. */
    public boolean ended() {
        return status == Status.FINISHED || status == Status.FAILED;
    }

    /** The value of a top-level RETURN (a tool's result), NULL otherwise. */
    public Value result() {
        return result;
    }

    /** The dialog this state was started for ("start"). */
    public String programName() {
        return frames.isEmpty() ? "" : frames.getFirst().program;
    }

    /**
     * The version of each dialog on this state's call stack, by dialog name: the content hashes it needs to find
     * again to be resumed (one per name, since one state runs every dialog from the same library).
     */
    public Map<String, String> dialogVersions() {
        Map<String, String> versions = new LinkedHashMap<>();
        frames.forEach(f -> versions.putIfAbsent(f.program, f.version));
        return versions;
    }

    /** A variable of the running dialog as it is now (NULL if unset); for tests and diagnostics. */
    public Value variable(String name) {
        if (frames.isEmpty()) return NullValue.NULL;
        Frame top = frames.getLast();
        Value v = top.load(name.toLowerCase(java.util.Locale.ROOT));
        return v == null ? NullValue.NULL : v;
    }

    Frame top() {
        return frames.getLast();
    }

    /** Compact, versioned binary form, stored with the session. */
    public byte[] toBytes() {
        return StateCodec.write(this);
    }

    /** Reads a state written by {@link #toBytes()}; programs are re-attached when it is resumed. */
    public static ExecutionState fromBytes(byte[] bytes) {
        return StateCodec.read(bytes);
    }
}
