package org.botserver.domain.basic.runtime;

import java.util.Optional;
import org.botserver.domain.basic.Program;

/** The compiled dialogs of one bot, by name ("start", "create-ticket"), for CALL "other" and resumption. */
@FunctionalInterface
public interface ProgramLibrary {

    Optional<Program> find(String name);
}
