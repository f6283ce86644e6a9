package org.botserver.application.bot;

import java.io.InputStream;
import java.util.Objects;

/** A zip holding one {@code <bot>.gbai} folder, as uploaded; read once by the deployment. */
public record DeployBotCommand(InputStream zip) {

    public DeployBotCommand {
        Objects.requireNonNull(zip, "zip");
    }
}
