package org.botserver.domain.basic.builtins;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.botserver.domain.basic.value.ArrayValue;
import org.botserver.domain.basic.value.BoolValue;
import org.botserver.domain.basic.value.NullValue;
import org.botserver.domain.basic.value.NumberValue;
import org.botserver.domain.basic.value.ObjectValue;
import org.botserver.domain.basic.value.TextValue;
import org.botserver.domain.basic.value.Value;

/** Built-ins over arrays and texts as lists: SPLIT, JOIN, FIRST, LAST, UBOUND, CONTAINS, ISNULL, ISEMPTY, and UUID. */
final class CollectionFunctions {

    private CollectionFunctions() {
    }

    static void register(Registry r) {
        r.define(1, 2, CollectionFunctions::split, "SPLIT");
        r.define(1, 2, CollectionFunctions::join, "JOIN");
        r.define(1, 1, c -> end(c, true), "FIRST");
        r.define(1, 1, c -> end(c, false), "LAST");
        r.define(1, 1, CollectionFunctions::ubound, "UBOUND");
        r.define(2, 2, c -> BoolValue.of(Membership.contains(c.arg(0), c.arg(1))), "CONTAINS");
        r.define(1, 1, c -> BoolValue.of(c.arg(0) == NullValue.NULL), "ISNULL");
        r.define(1, 1, c -> BoolValue.of(isEmpty(c.arg(0))), "ISEMPTY");
        r.define(0, 0, c -> new TextValue(uuid(c).toString()), "UUID");
    }

    /** SPLIT(text, separator) keeps empty pieces ("a,,b" has three); SPLIT(text) splits words on blanks. */
    private static Value split(Call c) {
        String text = c.text(0);
        List<Value> pieces = new ArrayList<>();
        if (!c.has(1)) {
            for (String word : text.strip().split("\\s+")) if (!word.isEmpty()) add(c, pieces, word);
            return c.arrayResult(pieces);
        }
        String separator = c.text(1);
        if (text.isEmpty()) return c.arrayResult(pieces);
        if (separator.isEmpty()) {
            text.codePoints().forEach(cp -> add(c, pieces, Character.toString(cp)));
            return c.arrayResult(pieces);
        }
        int from = 0;
        for (int at = text.indexOf(separator); at >= 0; at = text.indexOf(separator, from)) {
            add(c, pieces, text.substring(from, at));
            from = at + separator.length();
        }
        add(c, pieces, text.substring(from));
        return c.arrayResult(pieces);
    }

    private static void add(Call c, List<Value> pieces, String piece) {
        int limit = c.context().maxArraySize();
        if (pieces.size() >= limit) throw c.fail("would make an array of more than " + limit + " elements, over the limit");
        pieces.add(new TextValue(piece));
    }

    /** JOIN(array, separator), with ", " as the separator when none is given, the way arrays print. */
    private static Value join(Call c) {
        if (c.arg(0) == NullValue.NULL) return TextValue.EMPTY;
        if (!(c.arg(0) instanceof ArrayValue array)) throw c.fail("expects an array, got " + Call.describe(c.arg(0)));
        String separator = c.has(1) ? c.text(1) : ", ";
        StringBuilder out = new StringBuilder();
        for (Value element : array.elements()) {
            if (!out.isEmpty()) out.append(separator);
            out.append(element.asText());
            if (out.length() > c.context().maxStringLength()) break;
        }
        return c.textResult(out.toString());
    }

    /** FIRST/LAST of an array is an element (NULL when empty); of a text, a word ("" when blank). */
    private static Value end(Call c, boolean first) {
        return switch (c.arg(0)) {
            case ArrayValue a when a.elements().isEmpty() -> NullValue.NULL;
            case ArrayValue a -> first ? a.elements().getFirst() : a.elements().getLast();
            case NullValue n -> NullValue.NULL;
            case TextValue t -> {
                String[] words = t.value().strip().split("\\s+");
                yield new TextValue(first ? words[0] : words[words.length - 1]);
            }
            case Value v -> throw c.fail("expects an array or a text, got " + Call.describe(v));
        };
    }

    private static Value ubound(Call c) {
        return switch (c.arg(0)) {
            case ArrayValue a -> NumberValue.of(a.size() - 1);
            case NullValue n -> NumberValue.of(-1);
            case Value v -> throw c.fail("expects an array, got " + Call.describe(v));
        };
    }

    private static boolean isEmpty(Value value) {
        return switch (value) {
            case NullValue n -> true;
            case TextValue t -> t.value().isBlank();
            case ArrayValue a -> a.elements().isEmpty();
            case ObjectValue o -> o.fields().isEmpty();
            default -> false;
        };
    }

    /** A version 4 UUID drawn from the context's random source, so tests can repeat it. */
    private static UUID uuid(Call c) {
        long high = (c.context().random().nextLong() & ~0xF000L) | 0x4000L;
        long low = (c.context().random().nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }
}
