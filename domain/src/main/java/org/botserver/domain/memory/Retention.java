package org.botserver.domain.memory;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jmolecules.ddd.annotation.ValueObject;

/** How long a REMEMBERed value is kept: "30 minutes", "2 hours", "7 days", "1 week"; at most ten years. */
@ValueObject
public record Retention(Duration duration) {

    static final Duration LONGEST = Duration.ofDays(3650);

    private static final Pattern TEXT = Pattern.compile("(\\d{1,9})\\s*([a-z]+)");

    public Retention {
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("A retention must be longer than zero.");
        }
        if (duration.compareTo(LONGEST) > 0) throw new IllegalArgumentException("A retention is at most 3650 days.");
    }

    /**
     * The retention a script wrote, such as "7 days".
     *
     * @throws IllegalArgumentException with a message for the script's author when it is not understood
     */
    public static Retention parse(String text) {
        Matcher m = TEXT.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) throw notUnderstood(text);
        long amount = Long.parseLong(m.group(1));
        Duration unit = switch (m.group(2)) {
            case "second", "seconds", "sec", "secs", "s" -> Duration.ofSeconds(1);
            case "minute", "minutes", "min", "mins", "m" -> Duration.ofMinutes(1);
            case "hour", "hours", "h" -> Duration.ofHours(1);
            case "day", "days", "d" -> Duration.ofDays(1);
            case "week", "weeks", "w" -> Duration.ofDays(7);
            default -> throw notUnderstood(text);
        };
        if (amount == 0) throw new IllegalArgumentException("\"" + text + "\" keeps nothing: use a duration longer than zero.");
        if (amount > LONGEST.dividedBy(unit)) throw new IllegalArgumentException("\"" + text + "\" is longer than 3650 days.");
        return new Retention(unit.multipliedBy(amount));
    }

    /** When a value remembered at {@code now} is forgotten. */
    public Instant expiresAfter(Instant now) {
        return now.plus(duration);
    }

    private static IllegalArgumentException notUnderstood(String text) {
        return new IllegalArgumentException("\"" + text + "\" is not a duration: use a number and a unit, such as"
                + " \"30 minutes\", \"2 hours\", \"7 days\" or \"1 week\".");
    }
}
