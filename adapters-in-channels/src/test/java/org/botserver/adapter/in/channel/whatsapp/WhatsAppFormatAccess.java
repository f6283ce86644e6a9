package org.botserver.adapter.in.channel.whatsapp;

/** Lets the formatting test in the Telegram package compare both channels' renderings side by side. */
public final class WhatsAppFormatAccess {

    private WhatsAppFormatAccess() {
    }

    public static String of(String markdown) {
        return WhatsAppFormat.of(markdown);
    }
}
