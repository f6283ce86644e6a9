package org.botserver.domain.basic.builtins;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalUnit;
import java.util.function.ToIntFunction;
import org.botserver.domain.basic.value.DateValue;
import org.botserver.domain.basic.value.NumberValue;
import org.botserver.domain.basic.value.TextValue;
import org.botserver.domain.basic.value.Value;

/** Date built-ins: NOW, TODAY, DATEADD, DATEDIFF and the parts YEAR, MONTH, DAY, HOUR, MINUTE, SECOND, WEEKDAY. */
final class DateFunctions {

    private DateFunctions() {
    }

    static void register(Registry r) {
        r.define(0, 0, c -> new DateValue(LocalDateTime.now(c.context().clock()).truncatedTo(ChronoUnit.SECONDS)), "NOW");
        r.define(0, 0, c -> new DateValue(LocalDate.now(c.context().clock()).atStartOfDay()), "TODAY");
        r.define(3, 3, DateFunctions::dateAdd, "DATEADD");
        r.define(2, 3, DateFunctions::dateDiff, "DATEDIFF");
        part(r, "YEAR", LocalDateTime::getYear);
        part(r, "MONTH", LocalDateTime::getMonthValue);
        part(r, "DAY", LocalDateTime::getDayOfMonth);
        part(r, "HOUR", LocalDateTime::getHour);
        part(r, "MINUTE", LocalDateTime::getMinute);
        part(r, "SECOND", LocalDateTime::getSecond);
        // Sunday = 1 ... Saturday = 7, as in VB, which bot authors copy their scripts from.
        part(r, "WEEKDAY", d -> d.getDayOfWeek().getValue() % 7 + 1);
    }

    private static void part(Registry r, String name, ToIntFunction<LocalDateTime> field) {
        r.define(1, 1, c -> NumberValue.of(field.applyAsInt(c.date(0))), name);
    }

    /** DATEADD(date, n, unit), or VB's DATEADD(unit, n, date). */
    private static Value dateAdd(Call c) {
        boolean unitFirst = startsWithUnit(c);
        LocalDateTime date = c.date(unitFirst ? 2 : 0);
        TemporalUnit unit = unit(c, unitFirst ? 0 : 2);
        BigDecimal amount = c.number(1);
        if (amount.stripTrailingZeros().scale() > 0) {
            throw c.fail("expects a whole number of units, got " + amount.toPlainString());
        }
        try {
            return new DateValue(date.plus(amount.longValueExact(), unit));
        } catch (DateTimeException | ArithmeticException e) {
            throw c.fail("would give a date beyond the supported range");
        }
    }

    /** DATEDIFF(from, to, unit) = to - from in whole units (days when no unit), or VB's DATEDIFF(unit, from, to). */
    private static Value dateDiff(Call c) {
        boolean unitFirst = c.has(2) && startsWithUnit(c);
        int from = unitFirst ? 1 : 0;
        LocalDateTime start = c.date(from);
        LocalDateTime end = c.date(from + 1);
        TemporalUnit unit = c.has(2) ? unit(c, unitFirst ? 0 : 2) : ChronoUnit.DAYS;
        long between = DateUnits.isCalendar(unit)
                ? unit.between(start.toLocalDate(), end.toLocalDate())
                : unit.between(start, end);
        return NumberValue.of(between);
    }

    private static boolean startsWithUnit(Call c) {
        return c.arg(0) instanceof TextValue t && DateUnits.find(t.value()).isPresent();
    }

    private static TemporalUnit unit(Call c, int index) {
        return DateUnits.find(c.text(index)).orElseThrow(() -> c.fail("does not know the unit \"" + c.text(index)
                + "\"; use year, quarter, month, week, day, hour, minute or second"));
    }
}
