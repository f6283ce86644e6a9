package org.botserver.adapter.out.persistence.postgres;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.botserver.domain.bot.BotId;

/**
 * Where a bot's tables live: a schema of its own, {@code bot_<id>}, never the server's {@code public} schema. The
 * bot id is kept as it is ('-' included: the name is always quoted), so two bots never share a schema.
 */
final class BotSchema {

    /** PostgreSQL cuts identifiers at 63 bytes; a longer name would silently become another bot's. */
    private static final int MAX_IDENTIFIER = 63;
    private static final Pattern SAFE = Pattern.compile("[a-z0-9_~-]{1,63}");

    private BotSchema() {
    }

    static String of(BotId bot) {
        String name = "bot_" + bot.value();
        if (name.length() <= MAX_IDENTIFIER) return name;
        // '~' is never in a bot id, so a shortened name cannot equal a short bot's schema.
        return name.substring(0, 46) + "~" + hash(bot.value());
    }

    /** The identifier in double quotes; only names made of the characters above are ever quoted, so none can break out. */
    static String quote(String identifier) {
        if (!SAFE.matcher(identifier).matches()) throw new IllegalArgumentException("not a safe identifier: " + identifier);
        return '"' + identifier + '"';
    }

    private static String hash(String id) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-256", e);
        }
    }
}
