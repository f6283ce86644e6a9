package org.botserver.domain.basic.hear;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.botserver.domain.basic.value.NumberValue;
import org.botserver.domain.basic.value.Value;

/** HEAR types for quantities: INTEGER, NUMBER and MONEY, typed with English or Brazilian separators. */
final class NumberTypes {

    private static final Pattern CURRENCY = Pattern.compile(
            "(?i)^(R\\$|US\\$|U\\$|\\$|€|£|¥|USD|BRL|EUR|GBP|reais|real|dollars?|euros?)|(R\\$|\\$|€|£|USD|BRL|EUR|GBP|reais|real|dollars?|euros?)$");

    private NumberTypes() {
    }

    static List<HearType> all() {
        return List.of(
                new HearType("INTEGER", List.of("INT", "LONG"), "Please enter a whole number, like 42.",
                        (answer, clock) -> NumberText.parse(answer, true)
                                .filter(NumberTypes::isWhole)
                                .map(n -> new NumberValue(n.setScale(0, RoundingMode.UNNECESSARY)))),
                new HearType("NUMBER", List.of("DECIMAL", "FLOAT", "DOUBLE", "NUMERIC"),
                        "Please enter a number, like 42 or 3.5.",
                        (answer, clock) -> NumberText.parse(answer, false).map(NumberTypes::plain)),
                new HearType("MONEY", List.of("CURRENCY", "AMOUNT"),
                        "Please enter an amount of money, like 1,234.56 or R$ 10,50.",
                        (answer, clock) -> money(answer)));
    }

    /** Strips one currency sign or code before or after the amount; three digits after one separator are thousands. */
    private static Optional<Value> money(String answer) {
        String amount = answer.strip();
        boolean negative = amount.startsWith("-");
        if (negative) amount = amount.substring(1).strip();
        amount = CURRENCY.matcher(amount).replaceFirst("").strip();
        String signed = (negative ? "-" : "") + amount;
        return NumberText.parse(signed, true)
                .filter(n -> n.stripTrailingZeros().scale() <= 2)
                .map(n -> new NumberValue(n.setScale(2, RoundingMode.UNNECESSARY)));
    }

    private static boolean isWhole(BigDecimal n) {
        return n.signum() == 0 || n.stripTrailingZeros().scale() <= 0;
    }

    private static Value plain(BigDecimal n) {
        return new NumberValue(n);
    }
}
