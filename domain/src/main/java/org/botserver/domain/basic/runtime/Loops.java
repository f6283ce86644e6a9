package org.botserver.domain.basic.runtime;

import java.math.BigDecimal;
import java.util.ArrayList;
import org.botserver.domain.basic.ast.BinaryOp;
import org.botserver.domain.basic.value.*;

/** The tests of FOR … TO and FOR EACH, on the slots given as {@code {variable, limit, step}} and {@code {items, index, variable}}. */
final class Loops {

    private Loops() {
    }

    /** True once the FOR variable has passed the limit in the step's direction. */
    static boolean forDone(Machine m, int[] refs) {
        Value i = m.load(refs[0]), limit = m.load(refs[1]), step = m.load(refs[2]);
        if (i instanceof NumberValue x && limit instanceof NumberValue y && step instanceof NumberValue z) {
            if (z.signum() == 0) throw stepZero();
            return z.signum() > 0 ? x.compareTo(y) > 0 : x.compareTo(y) < 0;
        }
        BigDecimal n = Arithmetic.number(i, BinaryOp.ADD);
        BigDecimal last = Arithmetic.number(limit, BinaryOp.ADD);
        BigDecimal by = Arithmetic.number(step, BinaryOp.ADD);
        if (by.signum() == 0) throw stepZero();
        return by.signum() > 0 ? n.compareTo(last) > 0 : n.compareTo(last) < 0;
    }

    /** Assigns the next item to the FOR EACH variable; false when none is left. */
    static boolean eachNext(Machine m, int[] refs) {
        Value items = m.load(refs[0]);
        int index = ((NumberValue) m.load(refs[1])).value().intValue();
        Value item;
        switch (items) {
            case ArrayValue a -> {
                if (index >= a.size()) return false;
                item = a.elements().get(index);
            }
            case ObjectValue o -> {
                if (index >= o.fields().size()) return false;
                item = new ArrayList<>(o.fields().values()).get(index);
            }
            case NullValue n -> {
                return false;
            }
            default -> {
                if (index > 0) return false;
                item = items;
            }
        }
        m.store(refs[1], NumberValue.of(index + 1));
        m.store(refs[2], item);
        return true;
    }

    private static BasicError stepZero() {
        return new BasicError("FOR … STEP 0 would never end.");
    }
}
