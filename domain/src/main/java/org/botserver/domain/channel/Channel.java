package org.botserver.domain.channel;

import java.util.Locale;

/** A messaging network a bot talks on besides the web. */
public enum Channel {
    WHATSAPP, TELEGRAM;

    /** The lower-case name used in URLs, configuration keys and the database ("whatsapp"). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The channel of a {@link #key()}; IllegalArgumentException for a name that is none. */
    public static Channel ofKey(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }
}
