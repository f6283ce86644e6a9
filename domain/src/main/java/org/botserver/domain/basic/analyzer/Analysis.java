package org.botserver.domain.basic.analyzer;

import java.util.List;
import java.util.Map;
import org.botserver.domain.basic.TableEvent;
import org.botserver.domain.basic.ast.Stmt;

/** What the analyzer learned about a file that compiles: its SUBs and FUNCTIONs and its declarations. */
public record Analysis(Map<String, Stmt.Procedure> procedures, List<Stmt.Param> parameters, String description,
                       String systemPrompt, List<String> schedules, List<TableEvent> events) {

    public Analysis {
        procedures = Map.copyOf(procedures);
        parameters = List.copyOf(parameters);
        schedules = List.copyOf(schedules);
        events = List.copyOf(events);
    }

    /** A file is a tool when it declares PARAMs or a DESCRIPTION. */
    public boolean isTool() {
        return !parameters.isEmpty() || description != null;
    }
}
