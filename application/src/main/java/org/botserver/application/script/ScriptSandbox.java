package org.botserver.application.script;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * Runs untrusted JavaScript with no access to the host (classes, files, threads, processes, network,
 * environment), within a statement limit and a time limit, and gives its result as a BASIC value or says
 * plainly why it has none.
 */
@SecondaryPort
@FunctionalInterface
public interface ScriptSandbox {

    ScriptResult run(Script script);
}
