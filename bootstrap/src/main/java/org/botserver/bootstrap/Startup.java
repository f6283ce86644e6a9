package org.botserver.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.lang.System.Logger.Level;
import org.botserver.application.bot.BotCatalog;
import org.botserver.domain.bot.Bot;

/**
 * Starts the database and loads the bots when the application starts, not on the first request, so a
 * broken configuration shows at once and the first user does not wait.
 */
@ApplicationScoped
public class Startup {

    private static final System.Logger LOG = System.getLogger(Startup.class.getName());

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event, Database database, BotCatalog bots) {
        LOG.log(Level.INFO, "BotServer is ready: database {0}, bots {1}",
                database.isReady() ? "up" : "DOWN", bots.all().stream().map(Bot::id).toList());
    }
}
