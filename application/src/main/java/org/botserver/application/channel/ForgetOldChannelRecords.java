package org.botserver.application.channel;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Forgets webhook deliveries and received files older than their retentions; run periodically. */
@PrimaryPort
public interface ForgetOldChannelRecords {

    Forgotten forget();

    /** How many taken deliveries and kept files were forgotten. */
    record Forgotten(int deliveries, int media) {
    }
}
