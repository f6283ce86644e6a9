package org.botserver.application.bot;

import java.util.Map;
import java.util.TreeMap;
import org.botserver.domain.bot.BotId;

/** What one refresh did to each bot it looked at. */
public record RefreshReport(Map<BotId, Change> changes) {

    /** What happened to one bot. */
    public enum Change { UNCHANGED, LOADED, UPDATED, REFUSED, REMOVED, UNREADABLE }

    public RefreshReport {
        changes = Map.copyOf(changes);
    }

    /** The bots that were not unchanged, ordered by id, for the log. */
    public Map<String, Change> changed() {
        Map<String, Change> changed = new TreeMap<>();
        changes.forEach((id, change) -> {
            if (change != Change.UNCHANGED) changed.put(id.value(), change);
        });
        return changed;
    }

    /** Whether some package could not be read from the store, so the next poll should back off. */
    public boolean storeFailed() {
        return changes.containsValue(Change.UNREADABLE);
    }
}
