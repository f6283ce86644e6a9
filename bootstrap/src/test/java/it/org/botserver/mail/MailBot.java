package it.org.botserver.mail;

import it.org.botserver.bots.BotAdmin;

/** A bot whose start dialog sends a mail, deployed through the admin API with the config.csv rows a test gives. */
final class MailBot {

    static final String DIALOG = """
            ok = SEND MAIL "ana@example.com", "Welcome to the shop", "Hello Ana, thanks for visiting."
            TALK "mail queued: " & ok
            """;

    private MailBot() {
    }

    static String adminAuthorization() {
        return "Bearer " + BotAdmin.token();
    }

    /** Deploys the bot with these config.csv rows (key, value, ...). */
    static void deploy(String botId, String... config) {
        BotAdmin.deploy(botId, DIALOG, config);
    }

    static void remove(String botId) {
        BotAdmin.remove(botId);
    }
}
