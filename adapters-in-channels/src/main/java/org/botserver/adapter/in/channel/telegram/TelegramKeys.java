package org.botserver.adapter.in.channel.telegram;

/** The bot settings (config.csv keys) the Telegram channel reads. */
final class TelegramKeys {

    static final String BOT_TOKEN = "telegram-bot-token";
    static final String WEBHOOK_SECRET = "telegram-webhook-secret";
    /** Where Telegram should post updates, when the server sits behind a proxy; else the register call's own URL. */
    static final String WEBHOOK_URL = "telegram-webhook-url";

    /** The Bot API base URL for this bot instead of the server's telegram.api.url (a local Bot API server, a fake). */
    static final String API_URL = "telegram-api-url";

    private TelegramKeys() {
    }
}
