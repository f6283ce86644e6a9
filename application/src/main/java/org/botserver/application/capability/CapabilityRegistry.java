package org.botserver.application.capability;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.botserver.domain.basic.runtime.Effect;
import org.botserver.domain.conversation.Capabilities;
import org.botserver.domain.conversation.CapabilityResult;
import org.botserver.domain.conversation.TurnScope;

/** Routes each capability keyword to the one handler that declared it; keywords nobody handles are unavailable. */
public final class CapabilityRegistry implements Capabilities {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Map<String, CapabilityHandler> byKeyword = new HashMap<>();

    public CapabilityRegistry(List<? extends CapabilityHandler> handlers) {
        for (CapabilityHandler handler : handlers) {
            for (String keyword : handler.keywords()) {
                CapabilityHandler previous = byKeyword.putIfAbsent(normalise(keyword), handler);
                if (previous != null) {
                    throw new IllegalArgumentException("Two handlers for the keyword " + keyword + ": "
                            + previous.getClass().getSimpleName() + " and " + handler.getClass().getSimpleName());
                }
            }
        }
    }

    @Override
    public CapabilityResult perform(Effect.Capability capability, TurnScope scope) {
        CapabilityHandler handler = byKeyword.get(normalise(capability.keyword()));
        if (handler == null) return new CapabilityResult.Unavailable(capability.keyword());
        return handler.perform(capability, scope);
    }

    private static String normalise(String keyword) {
        // Called for every capability a dialog uses, so the pattern is compiled once, not per call.
        return SPACES.matcher(keyword.strip()).replaceAll(" ").toUpperCase(Locale.ROOT);
    }
}
