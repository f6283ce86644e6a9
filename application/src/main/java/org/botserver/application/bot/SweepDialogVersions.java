package org.botserver.application.bot;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Deletes the kept dialog versions that no conversation can resume any more. */
@PrimaryPort
public interface SweepDialogVersions {

    /** How many versions were deleted. */
    int sweep();
}
