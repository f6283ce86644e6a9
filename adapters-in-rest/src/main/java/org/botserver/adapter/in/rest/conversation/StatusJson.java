package org.botserver.adapter.in.rest.conversation;

import java.util.Locale;
import org.botserver.domain.conversation.ConversationStatus;

/** Writes a conversation status the way the API spells it: "active", "awaiting_input", "ended". */
final class StatusJson {

    private StatusJson() {
    }

    static String of(ConversationStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }
}
