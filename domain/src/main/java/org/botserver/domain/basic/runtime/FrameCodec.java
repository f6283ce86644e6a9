package org.botserver.domain.basic.runtime;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.botserver.domain.basic.value.Value;

/** The binary form of a call-stack frame (its slots with their variable names) and of a pending HEAR. */
final class FrameCodec {

    private FrameCodec() {
    }

    /** Writes {@code f}, which stands at instruction {@code pc} (the call it waits in, or the suspension). */
    static void write(DataOutputStream out, ValueWriter values, Frame f, int pc) throws IOException {
        out.writeUTF(f.program);
        out.writeUTF(f.file);
        out.writeInt(f.lineAt(pc));
        out.writeUTF(f.version);
        out.writeInt(f.scope);
        out.writeBoolean(f.dialog);
        out.writeInt(f.returnPc);
        out.writeInt(f.stackBase);
        out.writeBoolean(f.keepResult);
        out.writeBoolean(f.resumeNext);
        out.writeInt(f.locals.length);
        for (int i = 0; i < f.locals.length; i++) {
            values.text(f.names.get(i));
            values.slot(f.locals[i]);
        }
    }

    static Frame read(DataInputStream in, ValueReader values) throws IOException {
        String program = in.readUTF();
        String file = in.readUTF();
        int line = in.readInt();
        String version = in.readUTF();
        int scope = in.readInt();
        boolean dialog = in.readBoolean();
        int returnPc = in.readInt();
        int stackBase = in.readInt();
        boolean keepResult = in.readBoolean();
        boolean resumeNext = in.readBoolean();
        int count = count(in);
        List<String> names = new ArrayList<>(count);
        Value[] locals = new Value[count];
        for (int i = 0; i < count; i++) {
            names.add(values.text());
            locals[i] = values.slot();
        }
        Frame f = new Frame(program, file, version, scope, dialog, returnPc, stackBase, keepResult, List.copyOf(names), locals);
        f.resumeNext = resumeNext;
        f.savedLine = line;
        return f;
    }

    /** A SUB's frame reads through to the variables of the dialog frame below it. */
    static void linkGlobals(List<Frame> frames) {
        Frame owner = null;
        for (Frame f : frames) {
            if (f.dialog) owner = f;
            if (owner == null) throw new IllegalArgumentException("Saved dialog state is damaged: no dialog frame.");
            f.globals = owner.locals;
            f.globalNames = owner.names;
        }
    }

    static void writeHear(DataOutputStream out, ValueWriter values, PendingHear h) throws IOException {
        out.writeUTF(h.variable());
        out.writeUTF(h.name());
        values.nullableText(h.type());
        out.writeInt(h.choices().size());
        for (String c : h.choices()) values.text(c);
        out.writeInt(h.attempts());
    }

    static PendingHear readHear(DataInputStream in, ValueReader values) throws IOException {
        String variable = in.readUTF();
        String name = in.readUTF();
        String type = values.nullableText();
        int count = count(in);
        List<String> choices = new ArrayList<>(count);
        for (int i = 0; i < count; i++) choices.add(values.text());
        return new PendingHear(variable, name, type, choices, in.readInt());
    }

    /** A count of things that each take at least a byte, so damaged data cannot ask for a huge array. */
    static int count(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > in.available()) throw new IOException("count " + n + " past the end of the data");
        return n;
    }
}
