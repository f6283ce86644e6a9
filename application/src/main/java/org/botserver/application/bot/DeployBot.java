package org.botserver.application.bot;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Puts a bot package, uploaded as a zip, into storage and runs it; a bad package changes nothing. */
@PrimaryPort
public interface DeployBot {

    Deployment deploy(DeployBotCommand command);
}
