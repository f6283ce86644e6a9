package org.botserver.domain.basic.hear;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntUnaryOperator;
import org.botserver.domain.basic.value.TextValue;
import org.botserver.domain.basic.value.Value;

/** HEAR types for Brazilian registration numbers, checked by their check digits: CPF (people) and CNPJ (companies). */
final class DocumentTypes {

    private static final int[] CNPJ_WEIGHTS = {6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2};

    private DocumentTypes() {
    }

    static List<HearType> all() {
        return List.of(
                new HearType("CPF", "Please enter a valid CPF, like 529.982.247-25.", (answer, clock) -> cpf(answer)),
                new HearType("CNPJ", "Please enter a valid CNPJ, like 11.222.333/0001-81.", (answer, clock) -> cnpj(answer)));
    }

    private static Optional<Value> cpf(String answer) {
        return digits(answer).filter(d -> check(d, 9, i -> 10 - i) && check(d, 10, i -> 11 - i))
                .map(d -> new TextValue(d.substring(0, 3) + "." + d.substring(3, 6) + "." + d.substring(6, 9) + "-"
                        + d.substring(9)));
    }

    /** Since July 2026 the first twelve characters may also be letters, valued by their code minus '0' as the rule says. */
    private static Optional<Value> cnpj(String answer) {
        if (!answer.matches("[\\dA-Za-z.\\-/\\s]+")) return Optional.empty();
        String compact = answer.replaceAll("[.\\-/\\s]", "").toUpperCase(Locale.ROOT);
        if (!compact.matches("[0-9A-Z]{12}\\d{2}") || compact.chars().distinct().count() == 1) return Optional.empty();
        return Optional.of(compact).filter(d -> check(d, 12, i -> CNPJ_WEIGHTS[i + 1]) && check(d, 13, i -> CNPJ_WEIGHTS[i]))
                .map(d -> new TextValue(d.substring(0, 2) + "." + d.substring(2, 5) + "." + d.substring(5, 8) + "/"
                        + d.substring(8, 12) + "-" + d.substring(12)));
    }

    /** The eleven digits of a CPF written with dots, dashes or spaces; all-equal digits are never issued. */
    private static Optional<String> digits(String answer) {
        if (!answer.matches("[\\d.\\-\\s]+")) return Optional.empty();
        String digits = answer.replaceAll("\\D", "");
        if (digits.length() != 11 || digits.chars().distinct().count() == 1) return Optional.empty();
        return Optional.of(digits);
    }

    /** Modulo-11 check digit at {@code position}, over the digits before it weighted by {@code weight}. */
    private static boolean check(String digits, int position, IntUnaryOperator weight) {
        int sum = 0;
        for (int i = 0; i < position; i++) sum += (digits.charAt(i) - '0') * weight.applyAsInt(i);
        int remainder = sum % 11;
        int expected = remainder < 2 ? 0 : 11 - remainder;
        return digits.charAt(position) - '0' == expected;
    }
}
