package org.botserver.application.channel;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Forgets webhook deliveries older than the retention; run periodically. Returns how many were forgotten. */
@PrimaryPort
public interface ForgetOldDeliveries {

    int forget();
}
