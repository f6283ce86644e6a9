package org.botserver.application.conversation;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Reads a conversation's stored messages, a page at a time, newest page first. */
@PrimaryPort
public interface ReadHistory {

    /** Throws {@link UnknownConversationException} for an unknown conversation. */
    HistoryPage read(ReadHistoryQuery query);
}
