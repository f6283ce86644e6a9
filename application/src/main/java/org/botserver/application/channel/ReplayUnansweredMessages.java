package org.botserver.application.channel;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * Answers the channel messages that were acknowledged to the provider but never answered because the server that
 * took them died; run at start-up and periodically.
 */
@PrimaryPort
public interface ReplayUnansweredMessages {

    /** Queues the unanswered messages whose claim has gone stale; returns how many were queued. */
    int replay();
}
