package org.botserver.specs.target;

import java.util.List;
import org.botserver.adapter.out.storage.filesystem.FileSystemBotPackageSource;
import org.botserver.application.bot.BotPackageSource;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.bot.BotPackage;

/** Exactly one package of a folder, read by the server's own file-system source so both targets read it alike. */
final class OnePackageSource implements BotPackageSource {

    private final BotId id;
    private final FileSystemBotPackageSource folder;

    OnePackageSource(BotPackageFolder bot) {
        this.id = new BotId(bot.botId());
        this.folder = new FileSystemBotPackageSource(bot.path().getParent());
    }

    @Override
    public List<BotId> list() {
        return List.of(id);
    }

    @Override
    public BotPackage read(BotId requested) {
        return folder.read(requested);
    }
}
