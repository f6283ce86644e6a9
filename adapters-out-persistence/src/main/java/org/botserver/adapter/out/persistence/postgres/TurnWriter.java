package org.botserver.adapter.out.persistence.postgres;

import java.util.List;
import org.hibernate.SessionFactory;

/** Writes a turn durably and says whether its version check passed: alone, or together with others. */
interface TurnWriter extends AutoCloseable {

    /** Whether the turn was saved: false when the stored version was not the one the turn started from. */
    boolean write(ConversationRow conversation, List<MessageRow> messages);

    @Override
    void close();

    /** The writer for the settings: each turn its own statement on the caller's thread, or group commits. */
    static TurnWriter of(SessionFactory sessions, GroupCommit groupCommit) {
        if (!groupCommit.isOff()) return new GroupCommitter(sessions, groupCommit);
        return new TurnWriter() {
            @Override
            public boolean write(ConversationRow conversation, List<MessageRow> messages) {
                // No transaction around it: on the pool's auto-commit connection the one statement commits itself.
                return sessions.fromStatelessSession(session -> session.doReturningWork(connection ->
                        TurnStatement.save(connection, conversation, messages)));
            }

            @Override
            public void close() {}
        };
    }
}
