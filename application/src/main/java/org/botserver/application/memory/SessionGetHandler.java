package org.botserver.application.memory;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.botserver.application.capability.CapabilityHandler;
import org.botserver.domain.basic.runtime.Effect;
import org.botserver.domain.basic.value.Value;
import org.botserver.domain.conversation.CapabilityResult;
import org.botserver.domain.conversation.TurnScope;

/**
 * {@code GET "session.user_email"} and the other session values. Every other GET (an http(s) URL) goes to the
 * HTTP handler given, which, until this server has one, reports GET as not available.
 */
public final class SessionGetHandler implements CapabilityHandler {

    private static final String PREFIX = "session.";

    private final CapabilityHandler http;

    /** GET of a URL is not provided: the dialog ends naming GET. */
    public SessionGetHandler() {
        this(new CapabilityHandler() {
            @Override public Set<String> keywords() { return Set.of("GET"); }

            @Override public CapabilityResult perform(Effect.Capability capability, TurnScope scope) {
                return new CapabilityResult.Unavailable("GET");
            }
        });
    }

    /** GET of anything but a session value is performed by {@code http}. */
    public SessionGetHandler(CapabilityHandler http) {
        this.http = Objects.requireNonNull(http, "http");
    }

    @Override
    public Set<String> keywords() {
        return Set.of("GET");
    }

    @Override
    public CapabilityResult perform(Effect.Capability capability, TurnScope scope) {
        List<Value> arguments = capability.arguments();
        String what = arguments.size() == 1 ? arguments.getFirst().asText().strip() : "";
        if (!what.toLowerCase(Locale.ROOT).startsWith(PREFIX)) return http.perform(capability, scope);
        String name = what.substring(PREFIX.length());
        return SessionValues.of(name, scope)
                .<CapabilityResult>map(CapabilityResult.Performed::new)
                .orElseGet(() -> new CapabilityResult.Failed("\"" + what + "\" is not a session value; the session values"
                        + " are " + String.join(", ", SessionValues.NAMES.stream().map(n -> PREFIX + n).toList()) + "."));
    }
}
