package org.botserver.domain.basic.runtime;

/** The whole state of a running dialog as a plain value. (Skeleton: the BASIC language work fills this in.) */
public final class ExecutionState {

    private ExecutionState() {
    }

    /** True while the dialog waits in HEAR for the user's next message. */
    public boolean awaitingInput() {
        throw new UnsupportedOperationException("not built yet");
    }

    /** Compact, versioned binary form, stored with the session. */
    public byte[] toBytes() {
        throw new UnsupportedOperationException("not built yet");
    }

    public static ExecutionState fromBytes(byte[] bytes) {
        throw new UnsupportedOperationException("not built yet");
    }
}
