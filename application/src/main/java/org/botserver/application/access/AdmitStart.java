package org.botserver.application.access;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Whether this caller may start a web conversation with the bot: anonymous clients only with public bots. */
@PrimaryPort
public interface AdmitStart {

    /** Returns when the caller may start; throws {@link MissingCredentialsException} when it must sign in first. */
    void admit(Caller caller, String botId);
}
