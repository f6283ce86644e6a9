package org.botserver.domain.basic.hear;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** The types of HEAR var AS type and the menus of HEAR var AS "A", "B": they accept an answer as a normalised value or reject it with a message for the user. */
public final class HearTypes {

    private static final List<HearType> POLICIES = Stream.of(TextTypes.all(), NumberTypes.all(), TimeTypes.all(),
                    ContactTypes.all(), DocumentTypes.all())
            .flatMap(List::stream).toList();
    private static final Map<String, HearType> BY_NAME = index();

    private HearTypes() {
    }

    public static boolean isKnown(String type) {
        return find(type).isPresent();
    }

    /** Every type name and alias a script may write after AS, in alphabetical order. */
    public static Set<String> names() {
        return new TreeSet<>(BY_NAME.keySet());
    }

    /** Checks an answer against the clock of the system; DATE answers such as "today" read it. */
    public static HearCheck check(String type, String input) {
        return check(type, input, Clock.systemDefaultZone());
    }

    /**
     * Checks an answer to HEAR AS type.
     *
     * @throws IllegalArgumentException for a type that {@link #isKnown} denies; the compiler refuses such scripts
     */
    public static HearCheck check(String type, String input, Clock clock) {
        HearType policy = find(type).orElseThrow(() -> new IllegalArgumentException("Unknown HEAR type: " + type));
        return policy.check(input, clock);
    }

    /** Picks a menu option by exact text, text ignoring case and accents, 1-based number, or unique prefix. */
    public static HearCheck choose(List<String> choices, String input) {
        return Menu.of(choices).choose(input);
    }

    private static Optional<HearType> find(String type) {
        return type == null ? Optional.empty() : Optional.ofNullable(BY_NAME.get(type.strip().toUpperCase(Locale.ROOT)));
    }

    private static Map<String, HearType> index() {
        Map<String, HearType> byName = new HashMap<>();
        for (HearType type : POLICIES) {
            Stream.concat(Stream.of(type.name()), type.aliases().stream())
                    .forEach(name -> {
                        if (byName.put(name, type) != null) throw new IllegalStateException("HEAR type twice: " + name);
                    });
        }
        return Map.copyOf(byName);
    }
}
