package org.botserver.domain.basic.builtins;

import static org.botserver.domain.basic.builtins.Registry.VARIADIC;

import java.util.Locale;
import org.botserver.domain.basic.value.ArrayValue;
import org.botserver.domain.basic.value.NullValue;
import org.botserver.domain.basic.value.NumberValue;
import org.botserver.domain.basic.value.ObjectValue;
import org.botserver.domain.basic.value.TextValue;
import org.botserver.domain.basic.value.Value;

/** Text built-ins: LEN, UCASE, LCASE, the TRIMs, LEFT, RIGHT, MID, INSTR, REPLACE, STR and VAL; positions count characters as users see them (an emoji is one). */
final class TextFunctions {

    private TextFunctions() {
    }

    static void register(Registry r) {
        r.define(1, 1, TextFunctions::len, "LEN");
        r.define(1, 1, c -> c.textResult(c.text(0).toUpperCase(Locale.ROOT)), "UCASE", "UPPER");
        r.define(1, 1, c -> c.textResult(c.text(0).toLowerCase(Locale.ROOT)), "LCASE", "LOWER");
        r.define(1, 1, c -> new TextValue(c.text(0).strip()), "TRIM");
        r.define(1, 1, c -> new TextValue(c.text(0).stripLeading()), "LTRIM");
        r.define(1, 1, c -> new TextValue(c.text(0).stripTrailing()), "RTRIM");
        r.define(2, 2, TextFunctions::left, "LEFT");
        r.define(2, 2, TextFunctions::right, "RIGHT");
        r.define(2, 3, TextFunctions::mid, "MID");
        r.define(2, 3, TextFunctions::instr, "INSTR");
        r.define(3, 3, TextFunctions::replace, "REPLACE");
        r.define(1, 1, c -> c.textResult(c.text(0)), "STR");
        r.define(1, 1, TextFunctions::val, "VAL");
        r.define(0, VARIADIC, TextFunctions::concat, "CONCAT");
    }

    private static Value len(Call c) {
        return switch (c.arg(0)) {
            case ArrayValue a -> NumberValue.of(a.size());
            case ObjectValue o -> NumberValue.of(o.fields().size());
            case NullValue n -> NumberValue.ZERO;
            case Value v -> NumberValue.of(length(v.asText()));
        };
    }

    private static Value left(Call c) {
        String s = c.text(0);
        return new TextValue(slice(s, 0, count(c, 1)));
    }

    private static Value right(Call c) {
        String s = c.text(0);
        int length = length(s);
        return new TextValue(slice(s, Math.max(0, length - count(c, 1)), length));
    }

    private static Value mid(Call c) {
        String s = c.text(0);
        int start = c.integer(1);
        if (start < 1) throw c.fail("expects a start position of 1 or more, got " + start);
        int from = (int) Math.min((long) start - 1, length(s));
        long to = c.has(2) ? (long) from + count(c, 2) : Long.MAX_VALUE;
        return new TextValue(slice(s, from, (int) Math.min(to, length(s))));
    }

    /** INSTR(text, search [, start]) and the classic INSTR(start, text, search); 1-based, 0 when absent. */
    private static Value instr(Call c) {
        boolean startFirst = c.has(2) && c.arg(0) instanceof NumberValue && !(c.arg(2) instanceof NumberValue);
        String text = c.text(startFirst ? 1 : 0);
        String search = c.text(startFirst ? 2 : 1);
        int start = c.has(2) ? c.integer(startFirst ? 0 : 2) : 1;
        if (start < 1) throw c.fail("expects a start position of 1 or more, got " + start);
        if (start > length(text) + 1) return NumberValue.ZERO;
        int found = text.indexOf(search, text.offsetByCodePoints(0, start - 1));
        return NumberValue.of(found < 0 ? 0 : text.codePointCount(0, found) + 1);
    }

    private static Value replace(Call c) {
        String search = c.text(1);
        if (search.isEmpty()) return new TextValue(c.text(0));
        return c.textResult(c.text(0).replace(search, c.text(2)));
    }

    private static Value val(Call c) {
        if (c.arg(0) instanceof NumberValue n) return n;
        return new NumberValue(Conversions.leadingNumber(c.text(0)));
    }

    private static Value concat(Call c) {
        StringBuilder out = new StringBuilder();
        for (Value v : c.args()) {
            out.append(v.asText());
            if (out.length() > c.context().maxStringLength()) break;
        }
        return c.textResult(out.toString());
    }

    private static int count(Call c, int index) {
        int n = c.integer(index);
        if (n < 0) throw c.fail("expects a count of 0 or more, got " + n);
        return n;
    }

    static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    /** The characters from position {@code from} (inclusive) to {@code to} (exclusive), both clamped to the text. */
    static String slice(String s, int from, int to) {
        int length = length(s);
        int begin = Math.min(from, length);
        int end = Math.max(begin, Math.min(to, length));
        int b = s.offsetByCodePoints(0, begin);
        return s.substring(b, s.offsetByCodePoints(b, end - begin));
    }
}
