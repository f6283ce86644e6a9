package org.botserver.domain.basic.value;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The text of arrays and objects, nested ones included. BASIC lets a container hold itself
 * ({@code o.self = o}), so a container already being written is shown as "…" instead of recursing.
 */
final class ContainerText {

    static final String CYCLE = "…";
    /**
     * Shared elements are written each time they appear, so {@code a = [a, a]} repeated 40 times would be
     * a trillion characters; the text stops here (the default string limit) with "…", and the runtime's limit applies.
     */
    static final int MAX_LENGTH = 10 * 1024 * 1024;

    private final StringBuilder out = new StringBuilder();
    /** The element lists and field maps being written, by identity: they are what a cycle shares. */
    private final Set<Object> open = Collections.newSetFromMap(new IdentityHashMap<>());
    private boolean cut;

    private ContainerText() {
    }

    static String of(Value value) {
        ContainerText text = new ContainerText();
        text.write(value);
        return text.out.toString();
    }

    private void write(Value value) {
        if (out.length() > MAX_LENGTH) {
            if (!cut) out.append(CYCLE);
            cut = true;
            return;
        }
        switch (value) {
            case ArrayValue a -> {
                if (!open.add(a.elements())) {
                    out.append(CYCLE);
                    return;
                }
                for (int i = 0; i < a.elements().size() && !cut; i++) {
                    if (i > 0) out.append(", ");
                    write(a.elements().get(i));
                }
                open.remove(a.elements());
            }
            case ObjectValue o -> {
                if (!open.add(o.fields())) {
                    out.append(CYCLE);
                    return;
                }
                out.append('{');
                String separator = "";
                for (Map.Entry<String, Value> e : o.fields().entrySet()) {
                    if (cut) break;
                    out.append(separator).append(e.getKey()).append(": ");
                    write(e.getValue());
                    separator = ", ";
                }
                out.append('}');
                open.remove(o.fields());
            }
            default -> out.append(value.asText());
        }
    }
}
