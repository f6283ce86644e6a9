package org.botserver.application.job;

import java.util.List;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Runs the scheduled dialogs whose ticks fell since the last check; called every few seconds by each server. */
@PrimaryPort
public interface RunDueJobs {

    /** The ticks this server claimed and ran in this check (other servers may have run the rest). */
    List<JobTick> runDue();
}
