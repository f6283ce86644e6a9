package org.botserver.domain.basic.runtime;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The binary form of an {@link ExecutionState}: a magic byte and a format version, then the frames,
 * operand stack, pending HEAR and error state. Shared arrays and objects are written once per use.
 */
final class StateCodec {

    private static final int MAGIC = 0xB5;
    private static final int VERSION = 1;

    private StateCodec() {
    }

    static byte[] write(ExecutionState s) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(MAGIC);
            out.writeByte(VERSION);
            out.writeByte(s.status.ordinal());
            out.writeByte(s.resume.ordinal());
            out.writeInt(s.pc);
            ValueCodec.writeNullable(out, s.errorMessage);
            ValueCodec.write(out, s.result);
            out.writeInt(s.frames.size());
            for (Frame f : s.frames) writeFrame(out, f);
            out.writeInt(s.stack.size());
            for (var v : s.stack) ValueCodec.write(out, v);
            out.writeBoolean(s.hear != null);
            if (s.hear != null) writeHear(out, s.hear);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static ExecutionState read(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (in.readUnsignedByte() != MAGIC) throw new IllegalArgumentException("Not a saved BASIC dialog state.");
            int version = in.readUnsignedByte();
            if (version != VERSION) {
                throw new IllegalArgumentException("Saved dialog state has format " + version + "; this server reads "
                        + VERSION + ".");
            }
            ExecutionState.Status status = ExecutionState.Status.values()[in.readUnsignedByte()];
            ExecutionState.Resume resume = ExecutionState.Resume.values()[in.readUnsignedByte()];
            int pc = in.readInt();
            String error = ValueCodec.readNullable(in);
            var result = ValueCodec.read(in);
            int frameCount = in.readInt();
            List<Frame> frames = new ArrayList<>(frameCount);
            for (int i = 0; i < frameCount; i++) frames.add(readFrame(in));
            int stackSize = in.readInt();
            var stack = new ArrayList<org.botserver.domain.basic.value.Value>(stackSize);
            for (int i = 0; i < stackSize; i++) stack.add(ValueCodec.read(in));
            ExecutionState s = new ExecutionState(frames, stack);
            s.status = status;
            s.resume = resume;
            s.pc = pc;
            s.errorMessage = error;
            s.result = result;
            if (in.readBoolean()) s.hear = readHear(in);
            linkGlobals(frames);
            return s;
        } catch (IOException | RuntimeException e) {
            if (e instanceof IllegalArgumentException iae) throw iae;
            throw new IllegalArgumentException("Saved dialog state is damaged: " + e.getMessage(), e);
        }
    }

    /** A SUB's frame reads through to the variables of the dialog frame below it. */
    static void linkGlobals(List<Frame> frames) {
        Map<String, org.botserver.domain.basic.value.Value> globals = null;
        for (Frame f : frames) {
            if (f.dialog) globals = f.locals;
            f.globals = globals;
        }
    }

    private static void writeFrame(DataOutputStream out, Frame f) throws IOException {
        out.writeUTF(f.program);
        out.writeUTF(f.version);
        out.writeBoolean(f.dialog);
        out.writeInt(f.returnPc);
        out.writeInt(f.stackBase);
        out.writeBoolean(f.keepResult);
        out.writeBoolean(f.resumeNext);
        out.writeInt(f.locals.size());
        for (var e : f.locals.entrySet()) {
            out.writeUTF(e.getKey());
            ValueCodec.write(out, e.getValue());
        }
    }

    private static Frame readFrame(DataInputStream in) throws IOException {
        String program = in.readUTF();
        String version = in.readUTF();
        boolean dialog = in.readBoolean();
        int returnPc = in.readInt();
        int stackBase = in.readInt();
        boolean keepResult = in.readBoolean();
        boolean resumeNext = in.readBoolean();
        int count = in.readInt();
        Map<String, org.botserver.domain.basic.value.Value> locals = new HashMap<>();
        for (int i = 0; i < count; i++) locals.put(in.readUTF(), ValueCodec.read(in));
        Frame f = new Frame(program, version, dialog, returnPc, stackBase, keepResult, locals);
        f.resumeNext = resumeNext;
        return f;
    }

    private static void writeHear(DataOutputStream out, PendingHear h) throws IOException {
        out.writeUTF(h.variable());
        out.writeUTF(h.name());
        ValueCodec.writeNullable(out, h.type());
        out.writeInt(h.choices().size());
        for (String c : h.choices()) ValueCodec.writeText(out, c);
        out.writeInt(h.attempts());
    }

    private static PendingHear readHear(DataInputStream in) throws IOException {
        String variable = in.readUTF();
        String name = in.readUTF();
        String type = ValueCodec.readNullable(in);
        int count = in.readInt();
        List<String> choices = new ArrayList<>(count);
        for (int i = 0; i < count; i++) choices.add(ValueCodec.readText(in));
        return new PendingHear(variable, name, type, choices, in.readInt());
    }
}
