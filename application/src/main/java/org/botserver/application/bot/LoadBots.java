package org.botserver.application.bot;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Loads and compiles every bot package once, at start-up. */
@PrimaryPort
public interface LoadBots {

    /** Compiles every package; one broken package is reported and skipped, never stops the others. */
    LoadedBots load();
}
