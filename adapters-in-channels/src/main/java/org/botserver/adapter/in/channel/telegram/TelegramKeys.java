package org.botserver.adapter.in.channel.telegram;

/** The bot settings (config.csv keys) the Telegram channel reads. */
final class TelegramKeys {

    static final String BOT_TOKEN = "telegram-bot-token";
    static final String WEBHOOK_SECRET = "telegram-webhook-secret";
    /** Where Telegram should post updates, when the server sits behind a proxy; else the register call's own URL. */
    static final String WEBHOOK_URL = "telegram-webhook-url";

    private TelegramKeys() {
    }
}
