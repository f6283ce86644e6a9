package org.botserver.domain.basic.runtime;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The binary form of an {@link ExecutionState}: a magic byte and a format version, then the status,
 * error state and result, the frames (see {@link FrameCodec}), the operand stack and the pending HEAR.
 * All values of one state share one reference table, so shared arrays and objects stay shared.
 */
final class StateCodec {

    private static final int MAGIC = 0xB5;
    /**
     * 2: variables in slots with their names per frame, arrays and objects by reference.
     * 3: each frame's file and line, so a dialog that disappeared while waiting is named where it stood.
     */
    private static final int VERSION = 3;

    private StateCodec() {
    }

    static byte[] write(ExecutionState s) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            ValueWriter values = new ValueWriter(out);
            out.writeByte(MAGIC);
            out.writeByte(VERSION);
            out.writeByte(s.status.ordinal());
            out.writeByte(s.resume.ordinal());
            out.writeInt(s.pc);
            values.nullableText(s.errorMessage);
            values.write(s.result);
            out.writeInt(s.frames.size());
            for (int i = 0; i < s.frames.size(); i++) {
                boolean top = i == s.frames.size() - 1;
                // Below the top, a frame waits in the call that made the frame above it.
                int at = top ? s.pc - (s.status == ExecutionState.Status.SUSPENDED ? 1 : 0) : s.frames.get(i + 1).returnPc - 1;
                FrameCodec.write(out, values, s.frames.get(i), at);
            }
            out.writeInt(s.stack.size());
            for (int i = 0; i < s.stack.size(); i++) values.write(s.stack.get(i));
            out.writeBoolean(s.hear != null);
            if (s.hear != null) FrameCodec.writeHear(out, values, s.hear);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static ExecutionState read(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            ValueReader values = new ValueReader(in);
            if (in.readUnsignedByte() != MAGIC) throw new IllegalArgumentException("Not a saved BASIC dialog state.");
            int version = in.readUnsignedByte();
            if (version != VERSION) {
                throw new IllegalArgumentException("Saved dialog state has format " + version + "; this server reads "
                        + VERSION + ".");
            }
            ExecutionState.Status status = ExecutionState.Status.values()[in.readUnsignedByte()];
            ExecutionState.Resume resume = ExecutionState.Resume.values()[in.readUnsignedByte()];
            int pc = in.readInt();
            String error = values.nullableText();
            var result = values.read();
            int frameCount = FrameCodec.count(in);
            List<Frame> frames = new ArrayList<>(frameCount);
            for (int i = 0; i < frameCount; i++) frames.add(FrameCodec.read(in, values));
            int stackSize = FrameCodec.count(in);
            OperandStack stack = new OperandStack(stackSize);
            for (int i = 0; i < stackSize; i++) stack.push(values.read());
            ExecutionState s = new ExecutionState(frames, stack);
            s.status = status;
            s.resume = resume;
            s.pc = pc;
            s.errorMessage = error;
            s.result = result;
            if (in.readBoolean()) s.hear = FrameCodec.readHear(in, values);
            FrameCodec.linkGlobals(frames);
            return s;
        } catch (IOException | RuntimeException e) {
            if (e instanceof IllegalArgumentException iae) throw iae;
            throw new IllegalArgumentException("Saved dialog state is damaged: " + e.getMessage(), e);
        }
    }
}
