package org.botserver.application.conversation;

import java.util.List;

/** A slice of a user's conversations, most recently active first, and whether less recent ones exist. */
public record ConversationsPage(List<ConversationOverview> conversations, boolean hasMore) {

    public ConversationsPage {
        conversations = List.copyOf(conversations);
    }
}
