package org.botserver.application.bot;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.botserver.domain.basic.SourceFile;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.bot.DialogVersion;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * Keeps the source of every dialog version a bot has run, by bot, dialog and version (its content hash), so a
 * conversation that waits in a replaced version can be resumed after a restart or on another server. Shared by all
 * servers; a store that cannot be reached throws an unchecked exception.
 */
@SecondaryPort
public interface DialogVersionStore {

    /** Keeps these versions of the bot's dialogs (adding those not kept yet) and notes they were live at {@code now}. */
    void keepLive(BotId bot, List<DialogVersion> live, Instant now);

    /** The source of one kept version. */
    Optional<SourceFile> find(BotId bot, String dialog, String version);

    /** The kept versions no server has noted live since {@code cutoff}, oldest first: candidates for the sweep. */
    List<StoredDialogVersion> notLiveSince(Instant cutoff);

    /** Deletes the version unless it was noted live again since {@code cutoff}; true when it was deleted. */
    boolean forget(StoredDialogVersion version, Instant cutoff);
}
