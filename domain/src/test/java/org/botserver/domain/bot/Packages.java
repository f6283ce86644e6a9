package org.botserver.domain.bot;

import java.util.ArrayList;
import java.util.List;
import org.botserver.domain.basic.SourceFile;

/** Builds packages of the bot "shop" from dialog name/source pairs. */
final class Packages {

    static final BotId SHOP = new BotId("shop");

    private Packages() {
    }

    /** Pairs of dialog name and BASIC source: {@code shop("start", "TALK 1", "faq", "TALK 2")}. */
    static BotPackage shop(String... namesAndSources) {
        List<SourceFile> dialogs = new ArrayList<>();
        for (int i = 0; i < namesAndSources.length; i += 2) {
            dialogs.add(new SourceFile("shop.gbdialog/" + namesAndSources[i] + ".bas", namesAndSources[i + 1]));
        }
        return BotPackage.ofDialogs(SHOP, dialogs);
    }

    static Bot loaded(BotPackage source) {
        return switch (Bot.load(source, Clock.T0)) {
            case BotLoad.Loaded(Bot bot) -> bot;
            case BotLoad.Rejected rejected -> throw new AssertionError(rejected.problems());
        };
    }

    /** Fixed instants, a minute apart. */
    static final class Clock {
        static final java.time.Instant T0 = java.time.Instant.parse("2026-01-01T00:00:00Z");

        static java.time.Instant minutes(long m) {
            return T0.plusSeconds(60 * m);
        }

        private Clock() {
        }
    }
}
