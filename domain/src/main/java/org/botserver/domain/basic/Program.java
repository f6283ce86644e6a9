package org.botserver.domain.basic;

/** A compiled BASIC dialog, ready to run. (Skeleton: the BASIC language work fills this in.) */
public final class Program {

    private final String name;
    private final String version;

    Program(String name, String version) {
        this.name = name;
        this.version = version;
    }

    /** The dialog's name: the file stem ("start"). */
    public String name() { return name; }

    /** A content hash of the source, so a saved state knows which program it belongs to. */
    public String version() { return version; }
}
