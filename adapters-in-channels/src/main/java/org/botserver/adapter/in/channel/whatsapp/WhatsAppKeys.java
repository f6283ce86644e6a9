package org.botserver.adapter.in.channel.whatsapp;

/** The bot settings (config.csv keys) the WhatsApp channel reads. */
final class WhatsAppKeys {

    static final String ACCESS_TOKEN = "whatsapp-api-key";
    static final String PHONE_NUMBER_ID = "whatsapp-phone-number-id";
    static final String APP_SECRET = "whatsapp-app-secret";
    static final String API_VERSION = "whatsapp-api-version";
    static final String VERIFY_TOKEN = "whatsapp-verify-token";
    /** The Graph API base URL for this bot instead of the server's whatsapp.graph.url (a proxy, a test's fake). */
    static final String API_URL = "whatsapp-api-url";
    static final String DEFAULT_API_VERSION = "v23.0";

    private WhatsAppKeys() {
    }
}
