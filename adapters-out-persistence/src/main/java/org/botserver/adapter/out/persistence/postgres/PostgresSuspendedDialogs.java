package org.botserver.adapter.out.persistence.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Consumer;
import org.botserver.application.bot.SuspendedDialogs;
import org.botserver.domain.bot.BotId;
import org.hibernate.SessionFactory;

/**
 * The saved dialog states of a bot's unended conversations in {@code user_sessions}, read through a cursor in
 * pages, so a bot with a million waiting conversations does not need them all in memory at once.
 */
final class PostgresSuspendedDialogs implements SuspendedDialogs {

    private static final String STATES = """
            select dialog_state from user_sessions where bot_id = ? and status <> 'ended' and length(dialog_state) > 0""";
    private static final int PAGE = 500;

    private final SessionFactory sessions;

    PostgresSuspendedDialogs(SessionFactory sessions) {
        this.sessions = sessions;
    }

    @Override
    public void forEachState(BotId bot, Consumer<byte[]> state) {
        sessions.inStatelessSession(session -> session.doWork((Connection connection) -> {
            boolean autoCommit = connection.getAutoCommit();
            // The PostgreSQL driver streams a result in pages only inside a transaction.
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(STATES)) {
                statement.setFetchSize(PAGE);
                statement.setString(1, bot.value());
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) state.accept(row.getBytes(1));
                }
                connection.commit();
            } catch (RuntimeException | SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }));
    }
}
