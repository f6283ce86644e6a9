package org.botserver.domain.bot;

import java.util.List;

/** What loading a bot package decided: a bot ready to talk, or why the package was refused. */
public sealed interface BotLoad {

    /** Every dialog compiled. */
    record Loaded(Bot bot) implements BotLoad {
    }

    /** The package cannot run; each problem is a plain sentence, compile errors with file:line:column. */
    record Rejected(BotId id, List<String> problems) implements BotLoad {
        public Rejected {
            problems = List.copyOf(problems);
        }
    }
}
