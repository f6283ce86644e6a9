package it.org.botserver.channels;

import it.org.botserver.bots.BotAdmin;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A hello-like bot with a menu, deployed on the running server through the admin API with a config.csv that
 * enables its channels and points them at the test's fake provider; removed again after the test class.
 */
final class ChannelBot {

    static final String DIALOG = """
            TALK "Hello! I am the channel bot. What is your name?"
            HEAR name
            TALK "Nice to meet you, ${name}! Which plan?"
            HEAR plan AS "Free", "Pro"
            TALK "You chose ${plan}."
            """;

    private ChannelBot() {
    }

    /** Deploys the bot with these config.csv rows (key, value, ...). */
    static void deploy(String botId, String... config) {
        BotAdmin.deploy(botId, DIALOG, config);
    }

    static void remove(String botId) {
        BotAdmin.remove(botId);
    }

    /** A user id no earlier run used: conversations and delivery ids stay in the server's database between runs. */
    static long freshNumber() {
        return 5_500_000_000_000L + ThreadLocalRandom.current().nextLong(100_000_000_000L);
    }
}
