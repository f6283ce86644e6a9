package org.botserver.domain.basic.builtins;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;
import org.botserver.domain.basic.value.ArrayValue;
import org.botserver.domain.basic.value.DateValue;
import org.botserver.domain.basic.value.NullValue;
import org.botserver.domain.basic.value.ObjectValue;
import org.botserver.domain.basic.value.TextValue;
import org.botserver.domain.basic.value.Value;

/** FORMAT(value, pattern [, language]): numbers with "#,##0.00"-style patterns, dates with "DD/MM/YYYY HH:mm"-style ones. */
final class FormatFunction {

    private FormatFunction() {
    }

    static void register(Registry r) {
        r.define(1, 3, FormatFunction::format, "FORMAT");
    }

    private static Value format(Call c) {
        Value value = c.arg(0);
        if (!c.has(1) || value == NullValue.NULL) return c.textResult(value.asText());
        String pattern = c.text(1);
        Locale locale = c.has(2) ? Locale.forLanguageTag(c.text(2).replace('_', '-')) : Locale.ENGLISH;
        if (value instanceof DateValue d) return c.textResult(DatePattern.format(d.value(), pattern, locale));
        if (value instanceof ArrayValue || value instanceof ObjectValue) {
            throw c.fail("expects a number or a date to format, got " + Call.describe(value));
        }
        Optional<BigDecimal> number = Conversions.number(value);
        if (number.isPresent()) {
            return c.textResult(NumberPattern.format(number.get(), pattern)
                    .orElseThrow(() -> c.fail("does not understand the number pattern \"" + pattern
                            + "\"; use digits like #,##0.00, 0.0 or 0%")));
        }
        Optional<LocalDateTime> date = value instanceof TextValue ? Conversions.date(value) : Optional.empty();
        return c.textResult(date.map(d -> DatePattern.format(d, pattern, locale))
                .orElseThrow(() -> c.fail("expects a number or a date to format, got " + Call.describe(value))));
    }
}
