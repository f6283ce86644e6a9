package org.botserver.application.bot;

import java.util.List;

/** What a deployment decided: the bot now running from the uploaded package, or why the package was refused. */
public sealed interface Deployment {

    /** Stored and loaded; {@code replaced} when the bot existed before. */
    record Deployed(BotDetails bot, boolean replaced) implements Deployment {
    }

    /** Nothing was stored; each problem is a plain sentence. */
    record Refused(List<String> problems) implements Deployment {
        public Refused {
            problems = List.copyOf(problems);
        }
    }
}
