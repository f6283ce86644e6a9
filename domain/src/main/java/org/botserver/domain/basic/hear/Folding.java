package org.botserver.domain.basic.hear;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folds an answer for lenient comparison: lower case, no accents, single spaces ("  NÃO " is "nao"). */
final class Folding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Folding() {
    }

    static String fold(String text) {
        String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFD);
        return SPACES.matcher(MARKS.matcher(decomposed).replaceAll("")).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
