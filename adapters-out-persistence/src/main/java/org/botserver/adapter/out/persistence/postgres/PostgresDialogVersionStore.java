package org.botserver.adapter.out.persistence.postgres;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.botserver.application.bot.DialogVersionStore;
import org.botserver.application.bot.StoredDialogVersion;
import org.botserver.domain.basic.SourceFile;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.bot.DialogVersion;
import org.hibernate.SessionFactory;

/**
 * Dialog versions in {@code dialog_versions}, one row per bot, dialog and content hash. Keeping a version is an
 * upsert that only moves {@code live_at} forward, so servers noting the same version live never conflict, and a
 * delete re-checks {@code live_at}, so a version noted live again after the sweep chose it stays.
 */
final class PostgresDialogVersionStore implements DialogVersionStore {

    private static final String KEEP = """
            insert into dialog_versions (bot_id, dialog, version, file, source, stored_at, live_at)
            values (?, ?, ?, ?, ?, ?, ?)
            on conflict (bot_id, dialog, version)
            do update set live_at = greatest(dialog_versions.live_at, excluded.live_at)""";
    private static final String FIND = "select file, source from dialog_versions where bot_id = ? and dialog = ? and version = ?";
    private static final String NOT_LIVE_SINCE = """
            select bot_id, dialog, version from dialog_versions where live_at < ? order by live_at, bot_id, dialog""";
    private static final String FORGET = """
            delete from dialog_versions where bot_id = ? and dialog = ? and version = ? and live_at < ?""";

    private final Statements statements;

    PostgresDialogVersionStore(SessionFactory sessions) {
        this.statements = new Statements(sessions);
    }

    @Override
    public void keepLive(BotId bot, List<DialogVersion> live, Instant now) {
        if (live.isEmpty()) return;
        Timestamp at = Timestamp.from(now);
        statements.run(KEEP, s -> {
            for (DialogVersion v : live) {
                Statements.bind(s, bot.value(), v.dialog(), v.version(), v.source().name(), v.source().text(), at, at);
                s.addBatch();
            }
            return s.executeBatch();
        });
    }

    @Override
    public Optional<SourceFile> find(BotId bot, String dialog, String version) {
        return statements.run(FIND, s -> {
            Statements.bind(s, bot.value(), dialog, version);
            try (ResultSet row = s.executeQuery()) {
                return row.next() ? Optional.of(new SourceFile(row.getString(1), row.getString(2))) : Optional.empty();
            }
        });
    }

    @Override
    public List<StoredDialogVersion> notLiveSince(Instant cutoff) {
        return statements.run(NOT_LIVE_SINCE, s -> {
            Statements.bind(s, Timestamp.from(cutoff));
            List<StoredDialogVersion> versions = new ArrayList<>();
            try (ResultSet row = s.executeQuery()) {
                while (row.next()) {
                    versions.add(new StoredDialogVersion(new BotId(row.getString(1)), row.getString(2), row.getString(3)));
                }
            }
            return versions;
        });
    }

    @Override
    public boolean forget(StoredDialogVersion version, Instant cutoff) {
        return statements.run(FORGET, s -> {
            Statements.bind(s, version.bot().value(), version.dialog(), version.version(), Timestamp.from(cutoff));
            return s.executeUpdate() == 1;
        });
    }
}
