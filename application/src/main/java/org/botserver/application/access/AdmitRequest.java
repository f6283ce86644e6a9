package org.botserver.application.access;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Lets a client's request in while its address has budget left. */
@PrimaryPort
public interface AdmitRequest {

    /** Throws {@link RateLimitedException} when the address has spent its budget. */
    void admit(String clientAddress);
}
