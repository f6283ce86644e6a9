package org.botserver.domain.basic.compiler;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SequencedSet;

/**
 * The main program's and each procedure's variables with their slots, and the dynamic references of
 * procedure code to variables that may live in either the procedure or the dialog.
 */
final class Scopes {

    /** Where a scope's code starts, in emission order: the main program at 0, then each procedure. */
    record Start(String name, int entry, List<String> parameters) {
    }

    private final List<Start> starts;
    private final List<Scope> scopes = new ArrayList<>();
    private final List<Integer> dynamic = new ArrayList<>();

    Scopes(List<Start> starts, List<Instruction> code, List<String> declared) {
        this.starts = starts;
        List<SequencedSet<String>> names = new ArrayList<>();
        for (Start s : starts) names.add(new LinkedHashSet<>(s.parameters()));
        names.getFirst().addAll(declared);
        for (int pc = 0; pc < code.size(); pc++) names.get(indexAt(pc)).addAll(Assembler.variablesOf(code.get(pc)));
        for (int i = 1; i < starts.size(); i++) {
            for (String n : names.get(i)) if (!hidden(n)) names.getFirst().add(n);
        }
        for (int i = 0; i < starts.size(); i++) {
            Start s = starts.get(i);
            List<String> variables = List.copyOf(names.get(i));
            scopes.add(new Scope(s.name(), s.entry(), variables,
                    s.parameters().stream().mapToInt(variables::indexOf).toArray()));
        }
    }

    int indexAt(int pc) {
        int i = starts.size() - 1;
        while (starts.get(i).entry() > pc) i--;
        return i;
    }

    Scope startingAt(int entry) {
        for (Scope s : scopes) if (s.entry() == entry && s != scopes.getFirst()) return s;
        throw new IllegalStateException("no procedure starts at " + entry);
    }

    /**
     * A slot of the current frame (0 and up), or for a procedure's variable that is neither a parameter
     * nor hidden, {@code ~d} where {@code d} indexes the pairs (procedure slot, dialog slot) of {@link #dynamic()}.
     */
    int ref(int scope, String name) {
        Scope s = scopes.get(scope);
        int local = s.slotOf(name);
        if (scope == 0 || s.isParameter(local) || hidden(name)) return local;
        dynamic.add(local);
        dynamic.add(scopes.getFirst().slotOf(name));
        return ~(dynamic.size() / 2 - 1);
    }

    List<Scope> all() {
        return scopes;
    }

    int[] dynamic() {
        return dynamic.stream().mapToInt(Integer::intValue).toArray();
    }

    private static boolean hidden(String name) {
        return name.startsWith("#");
    }
}
