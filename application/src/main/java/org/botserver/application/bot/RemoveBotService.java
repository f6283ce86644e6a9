package org.botserver.application.bot;

import java.lang.System.Logger.Level;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.botserver.domain.bot.BotId;

/**
 * Deletes the package, then forgets the bot; conversations with it end with a plain reply at their next message.
 */
public final class RemoveBotService implements RemoveBot {

    private static final System.Logger LOG = System.getLogger(RemoveBotService.class.getName());

    private final ObjectStore store;
    private final RefreshBots refresh;

    public RemoveBotService(ObjectStore store, RefreshBots refresh) {
        this.store = Objects.requireNonNull(store, "store");
        this.refresh = Objects.requireNonNull(refresh, "refresh");
    }

    @Override
    public void remove(BotId id) {
        AtomicBoolean stored = new AtomicBoolean();
        boolean served = refresh.refreshAfter(id, () -> stored.set(store.delete(id))) == RefreshReport.Change.REMOVED;
        if (!stored.get() && !served) throw new UnknownBotException(id.value());
        LOG.log(Level.INFO, "Bot {0} was deleted.", id);
    }
}
