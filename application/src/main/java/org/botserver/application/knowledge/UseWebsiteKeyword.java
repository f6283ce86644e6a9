package org.botserver.application.knowledge;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.botserver.application.capability.CapabilityHandler;
import org.botserver.application.conversation.InvalidCommandException;
import org.botserver.domain.basic.runtime.Effect;
import org.botserver.domain.basic.value.TextValue;
import org.botserver.domain.basic.value.Value;
import org.botserver.domain.conversation.CapabilityResult;
import org.botserver.domain.conversation.TurnScope;

/**
 * {@code USE WEBSITE "https://docs.example.com" [REFRESH "1w"]}: the site is read in the background into the
 * collection named after it and read again every period (m, h, d or w; a week by default). The keyword never
 * waits for the reading: its value is the collection's name, whose pages may still be arriving.
 */
public final class UseWebsiteKeyword implements CapabilityHandler {

    private static final Pattern PERIOD = Pattern.compile("(\\d{1,4})\\s*([mhdw])");

    private final UseWebsite websites;

    public UseWebsiteKeyword(UseWebsite websites) {
        this.websites = Objects.requireNonNull(websites, "websites");
    }

    @Override
    public Set<String> keywords() {
        return Set.of("USE WEBSITE");
    }

    @Override
    public CapabilityResult perform(Effect.Capability capability, TurnScope scope) {
        List<Value> arguments = capability.arguments();
        if (arguments.isEmpty() || arguments.size() > 2 || arguments.getFirst().asText().isBlank()) {
            return new CapabilityResult.Failed("USE WEBSITE needs the site's address: USE WEBSITE \"https://…\" [REFRESH \"1w\"].");
        }
        try {
            Duration refresh = arguments.size() == 2 ? period(arguments.get(1).asText()) : UseWebsiteCommand.DEFAULT_REFRESH;
            var kb = websites.use(new UseWebsiteCommand(scope.botId(), WebsiteAddress.parse(arguments.getFirst().asText()), refresh));
            return new CapabilityResult.Performed(new TextValue(kb.collection()));
        } catch (InvalidCommandException e) {
            return new CapabilityResult.Failed("USE WEBSITE: " + e.getMessage());
        } catch (VectorIndexException e) {
            return new CapabilityResult.Failed(e.getMessage());
        }
    }

    /** "30m", "12h", "1d", "2w": at least an hour. */
    static Duration period(String text) {
        Matcher m = PERIOD.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) throw new InvalidCommandException("REFRESH takes a period such as \"12h\", \"1d\" or \"1w\", not \"" + text + "\".");
        long n = Long.parseLong(m.group(1));
        Duration period = switch (m.group(2)) {
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            case "d" -> Duration.ofDays(n);
            default -> Duration.ofDays(7 * n);
        };
        if (period.compareTo(Duration.ofHours(1)) < 0) throw new InvalidCommandException("REFRESH is at least an hour (\"1h\"), not \"" + text + "\".");
        return period;
    }
}
