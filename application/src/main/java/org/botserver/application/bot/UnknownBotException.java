package org.botserver.application.bot;

/** No bot with the requested id is loaded on this server. */
public class UnknownBotException extends RuntimeException {

    public UnknownBotException(String botId) {
        super("There is no bot '" + botId + "' on this server.");
    }
}
