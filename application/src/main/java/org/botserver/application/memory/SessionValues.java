package org.botserver.application.memory;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.botserver.application.access.Owners;
import org.botserver.domain.basic.value.NullValue;
import org.botserver.domain.basic.value.TextValue;
import org.botserver.domain.basic.value.Value;
import org.botserver.domain.channel.Channel;
import org.botserver.domain.conversation.TurnScope;

/**
 * The {@code session.*} values {@code GET "session.user_email"} reads, from what the turn knows: the user id
 * tells the channel (a "whatsapp:" or "telegram:" prefix, "job:" for a schedule, "event:" for a table event,
 * else the web) and, for a signed-in member whose subject is an e-mail address, the e-mail. A known name whose
 * value this server does not know (user_name) is NULL.
 */
final class SessionValues {

    static final List<String> NAMES = List.of("user_id", "bot_id", "conversation_id", "channel", "user_email",
            "user_name");

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final String MEMBER_PREFIX = Owners.ofMember("");

    private SessionValues() {
    }

    /** The value of {@code session.<name>}; empty when the name is not a session value. */
    static Optional<Value> of(String name, TurnScope scope) {
        return Optional.ofNullable(switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "user_id" -> new TextValue(scope.userId());
            case "bot_id" -> new TextValue(scope.botId().value());
            case "conversation_id" -> new TextValue(scope.conversationId().value().toString());
            case "channel" -> new TextValue(channel(scope.userId()));
            case "user_email" -> email(scope.userId());
            case "user_name" -> NullValue.NULL;
            default -> null;
        });
    }

    private static String channel(String userId) {
        int colon = userId.indexOf(':');
        String prefix = colon < 0 ? "" : userId.substring(0, colon);
        for (Channel channel : Channel.values()) {
            if (channel.key().equals(prefix)) return prefix;
        }
        return prefix.equals("job") || prefix.equals("event") ? prefix : "web";
    }

    /** Only a verified member's subject counts: an anonymous client may name itself anything. */
    private static Value email(String userId) {
        if (!Owners.claimsMembership(userId)) return NullValue.NULL;
        String subject = userId.substring(MEMBER_PREFIX.length());
        return EMAIL.matcher(subject).matches() ? new TextValue(subject) : NullValue.NULL;
    }
}
