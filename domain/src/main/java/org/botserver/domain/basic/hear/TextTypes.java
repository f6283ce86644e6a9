package org.botserver.domain.basic.hear;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.botserver.domain.basic.value.BoolValue;
import org.botserver.domain.basic.value.TextValue;
import org.botserver.domain.basic.value.Value;

/** HEAR types read from free text: STRING, BOOLEAN, EMAIL and NAME. */
final class TextTypes {

    private static final Set<String> YES = Set.of("yes", "y", "yeah", "yep", "sure", "ok", "okay", "true", "1",
            "sim", "s", "claro", "verdadeiro", "si");
    private static final Set<String> NO = Set.of("no", "n", "nope", "false", "0", "nao", "falso");
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@(([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)\\.)+[A-Za-z]{2,63}");

    private TextTypes() {
    }

    static List<HearType> all() {
        return List.of(
                new HearType("STRING", List.of("TEXT"), "Please type your answer; it cannot be empty.",
                        (answer, clock) -> Optional.of(new TextValue(answer))),
                new HearType("BOOLEAN", List.of("BOOL", "YESNO"), "Please answer yes or no.",
                        (answer, clock) -> yesNo(answer)),
                new HearType("EMAIL", List.of("E-MAIL"), "Please enter a valid e-mail address, like name@example.com.",
                        (answer, clock) -> email(answer)),
                new HearType("NAME", List.of("NOME"), "Please enter a name using letters only, like Maria da Silva.",
                        (answer, clock) -> PersonName.read(answer).map(TextValue::new)));
    }

    private static Optional<Value> yesNo(String answer) {
        String word = Folding.fold(answer).replaceAll("[.!?,;]+$", "").strip();
        if (YES.contains(word)) return Optional.of(BoolValue.TRUE);
        if (NO.contains(word)) return Optional.of(BoolValue.FALSE);
        return Optional.empty();
    }

    /** Mailbox names are kept as typed; the domain is lower-cased, since domains ignore case. */
    private static Optional<Value> email(String answer) {
        String address = answer.startsWith("mailto:") ? answer.substring(7) : answer;
        if (address.length() > 254 || !EMAIL.matcher(address).matches()) return Optional.empty();
        int at = address.lastIndexOf('@');
        if (at > 64) return Optional.empty();
        return Optional.of(new TextValue(address.substring(0, at + 1) + address.substring(at + 1).toLowerCase(Locale.ROOT)));
    }
}
