package org.botserver.application.access;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** Signs conversation tokens with the server's secret key; the same input always gives the same signature. */
@SecondaryPort
@FunctionalInterface
public interface TokenSignature {

    /** The signature of the payload, as URL-safe text. */
    String sign(String payload);
}
