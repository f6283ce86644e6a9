package org.botserver.domain.basic;

import java.util.List;
import java.util.Optional;
import org.botserver.domain.basic.compiler.Code;

/** A compiled BASIC dialog, ready to run, with what it declares (tool definition, system prompt, schedules, table events). */
public final class Program {

    private final String name;
    private final String version;
    private final String file;
    private final Code code;
    private final ToolDefinition tool;
    private final String systemPrompt;
    private final List<String> schedules;
    private final List<TableEvent> events;

    Program(String name, String version, String file, Code code, ToolDefinition tool, String systemPrompt,
            List<String> schedules, List<TableEvent> events) {
        this.name = name;
        this.version = version;
        this.file = file;
        this.code = code;
        this.tool = tool;
        this.systemPrompt = systemPrompt;
        this.schedules = List.copyOf(schedules);
        this.events = List.copyOf(events);
    }

    /** The dialog's name: the file stem ("start"). */
    public String name() { return name; }

    /** A content hash of the source, so a saved state knows which program it belongs to. */
    public String version() { return version; }

    /** The file name errors are reported under ("hello.gbdialog/start.bas"). */
    public String file() { return file; }

    /** The compiled instructions; read by the runtime. */
    public Code code() { return code; }

    /** The tool this dialog offers when it declares PARAM or DESCRIPTION. */
    public Optional<ToolDefinition> tool() { return Optional.ofNullable(tool); }

    /** The text of BEGIN SYSTEM PROMPT … END SYSTEM PROMPT, if the file has one. */
    public Optional<String> systemPrompt() { return Optional.ofNullable(systemPrompt); }

    /** The cron expressions or phrases of SET SCHEDULE, in source order. */
    public List<String> schedules() { return schedules; }

    /** The table events it handles (ON INSERT OF "orders"...), in source order. */
    public List<TableEvent> events() { return events; }

    @Override public String toString() { return name + "@" + version; }
}
