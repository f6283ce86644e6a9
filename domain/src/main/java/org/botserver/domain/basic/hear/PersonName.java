package org.botserver.domain.basic.hear;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a person's name: letters, spaces, apostrophes and hyphens, in Title Case ("o'brien" is "O'Brien"), keeping
 * Portuguese particles lower case after the first word ("Maria da Silva") and names already mixed-case ("McDonald").
 */
final class PersonName {

    private static final Pattern NAME = Pattern.compile("\\p{L}+(?:(?: |['’-])\\p{L}+)*");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Set<String> PARTICLES = Set.of("da", "das", "de", "do", "dos", "e", "di", "del", "van", "von");
    private static final int MAX_LENGTH = 100;

    private PersonName() {
    }

    static Optional<String> read(String answer) {
        String name = answer.strip().replaceAll("\\s+", " ");
        if (name.length() > MAX_LENGTH || !NAME.matcher(name).matches()) return Optional.empty();
        StringBuilder out = new StringBuilder();
        Matcher word = WORD.matcher(name);
        int last = 0;
        boolean first = true;
        while (word.find()) {
            out.append(name, last, word.start());
            out.append(capitalise(word.group(), first, last > 0 && name.charAt(word.start() - 1) == ' '));
            first = false;
            last = word.end();
        }
        return Optional.of(out.toString());
    }

    private static String capitalise(String word, boolean first, boolean afterSpace) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (!first && afterSpace && PARTICLES.contains(lower)) return lower;
        boolean mixed = !word.equals(lower) && !word.equals(word.toUpperCase(Locale.ROOT))
                && Character.isUpperCase(word.codePointAt(0));
        if (mixed) return word;
        int firstLength = Character.charCount(lower.codePointAt(0));
        return lower.substring(0, firstLength).toUpperCase(Locale.ROOT) + lower.substring(firstLength);
    }
}
