package org.botserver.application.conversation;

import java.nio.charset.StandardCharsets;
import org.botserver.domain.conversation.ConversationId;

/** Send the user's next message to a conversation; at most 64 KiB of UTF-8 text. */
public record SendMessageCommand(ConversationId conversationId, String content) {

    /** The largest message accepted, in UTF-8 bytes. */
    public static final int MAX_CONTENT_BYTES = 64 * 1024;

    public SendMessageCommand {
        if (conversationId == null) throw new InvalidCommandException("A conversation id is required.");
        if (content == null || content.isEmpty()) throw new InvalidCommandException("A message needs content.");
        if (utf8Length(content) > MAX_CONTENT_BYTES) {
            throw new InvalidCommandException("A message may be at most 64 KiB (" + MAX_CONTENT_BYTES
                    + " bytes of UTF-8 text).");
        }
    }

    /** The command from client input; a malformed id names no conversation. */
    public static SendMessageCommand of(String conversationId, String content) {
        ConversationId id = ConversationId.parse(conversationId)
                .orElseThrow(() -> new UnknownConversationException(conversationId));
        return new SendMessageCommand(id, content);
    }

    private static int utf8Length(String text) {
        // Three bytes per UTF-16 unit is the worst case, so short messages skip the encoding.
        return text.length() * 3 <= MAX_CONTENT_BYTES ? text.length() : text.getBytes(StandardCharsets.UTF_8).length;
    }
}
