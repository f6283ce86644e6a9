package org.botserver.domain.basic.compiler;

import static org.botserver.domain.basic.compiler.Op.*;

import java.util.ArrayList;
import java.util.List;
import org.botserver.domain.basic.builtins.Builtins;
import org.botserver.domain.basic.compiler.Instruction.*;

/**
 * Turns the instruction records into integer code for the runtime, with every variable resolved to a
 * slot. A variable in a SUB that is not its parameter reads through to the dialog's variable of the
 * same name, so it gets a dynamic reference: both slots, chosen between at run time.
 */
final class Assembler {

    private final List<Instruction> instructions;
    private final Scopes scopes;
    private final int[] ops;
    private final Object[] operands;

    private Assembler(List<Instruction> instructions, Scopes scopes) {
        this.instructions = instructions;
        this.scopes = scopes;
        this.ops = new int[instructions.size() * WIDTH];
        this.operands = new Object[instructions.size()];
    }

    static Code assemble(List<Instruction> instructions, int[] lines, boolean[] starts, int[] resumeAt,
                         Scopes scopes) {
        Assembler a = new Assembler(instructions, scopes);
        for (int pc = 0; pc < instructions.size(); pc++) a.encode(pc, instructions.get(pc));
        Fusion.apply(instructions, a.ops, a.operands, lines, starts, resumeAt);
        Code code = new Code(instructions, a.ops, a.operands, lines, starts, resumeAt, scopes.all(), scopes.dynamic());
        return code;
    }

    private void encode(int pc, Instruction instruction) {
        int scope = scopes.indexAt(pc);
        switch (instruction) {
            case Push p -> set(pc, PUSH, 0, 0, 0, p.value());
            case Load l -> set(pc, LOAD, scopes.ref(scope, l.name()), 0, 0, null);
            case Store s -> set(pc, STORE, scopes.ref(scope, s.name()), 0, 0, null);
            case LoadContainer c -> set(pc, LOAD_CONTAINER, scopes.ref(scope, c.name()), flag(c.array()), 0, null);
            case MemberContainer c -> set(pc, MEMBER_CONTAINER, 0, flag(c.array()), 0, c.name());
            case Pop p -> set(pc, POP, 0, 0, 0, null);
            case Binary b -> set(pc, BINARY, b.op().ordinal(), 0, 0, null);
            case Negate n -> set(pc, NEGATE, 0, 0, 0, null);
            case Not n -> set(pc, NOT, 0, 0, 0, null);
            case ToBool t -> set(pc, TO_BOOL, 0, 0, 0, null);
            case Jump j -> set(pc, JUMP, j.target(), 0, 0, null);
            case JumpIfFalse j -> set(pc, JUMP_IF_FALSE, j.target(), 0, 0, null);
            case JumpIfTrue j -> set(pc, JUMP_IF_TRUE, j.target(), 0, 0, null);
            case GetMember g -> set(pc, GET_MEMBER, 0, 0, 0, g.name());
            case GetIndex g -> set(pc, GET_INDEX, 0, 0, 0, null);
            case SetMember m -> set(pc, SET_MEMBER, 0, 0, 0, m.name());
            case SetIndex x -> set(pc, SET_INDEX, 0, 0, 0, null);
            case MakeArray m -> set(pc, MAKE_ARRAY, m.count(), 0, 0, null);
            case MakeObject m -> set(pc, MAKE_OBJECT, m.keys().size(), 0, 0, m.keys());
            case Concat c -> set(pc, CONCAT, c.count(), 0, 0, null);
            case CallBuiltin c -> set(pc, CALL_BUILTIN, c.arguments(), 0, 0,
                    Builtins.find(c.name()).<Object>map(f -> f).orElse(c.name()));
            case CallProcedure c -> set(pc, CALL_PROCEDURE, c.arguments(), flag(c.keepResult()), 0,
                    scopes.startingAt(c.entry()));
            case CallDialog c -> set(pc, CALL_DIALOG, 0, 0, 0, null);
            case Return r -> set(pc, RETURN, flag(r.hasValue()), 0, 0, null);
            case Halt h -> set(pc, HALT, flag(h.hasValue()), 0, 0, null);
            case ForTest f -> set(pc, FOR_TEST, f.exit(), 0, 0, new int[] {
                    scopes.ref(scope, f.variable()), scopes.ref(scope, f.limit()), scopes.ref(scope, f.step())});
            case EachNext e -> set(pc, EACH_NEXT, e.exit(), 0, 0, new int[] {
                    scopes.ref(scope, e.items()), scopes.ref(scope, e.index()), scopes.ref(scope, e.variable())});
            case Talk t -> set(pc, TALK, 0, 0, 0, null);
            case Hear h -> set(pc, HEAR, h.choices(), 0, 0, h);
            case Wait w -> set(pc, WAIT, 0, 0, 0, null);
            case Suggest s -> set(pc, SUGGEST, flag(s.tool()), 0, 0, null);
            case ClearSuggestions c -> set(pc, CLEAR_SUGGESTIONS, 0, 0, 0, null);
            case Capability c -> set(pc, CAPABILITY, c.arguments(), flag(c.keepResult()), 0, c.keyword());
            case OnError o -> set(pc, ON_ERROR, flag(o.resumeNext()), 0, 0, null);
            case Throw t -> set(pc, THROW, 0, 0, 0, null);
            case ErrorState e -> set(pc, ERROR_STATE, flag(e.message()), 0, 0, null);
        }
    }

    private void set(int pc, int op, int a, int b, int c, Object operand) {
        int at = pc * WIDTH;
        ops[at] = op;
        ops[at + 1] = a;
        ops[at + 2] = b;
        ops[at + 3] = c;
        operands[pc] = operand;
    }

    private static int flag(boolean b) {
        return b ? 1 : 0;
    }

    /** Every variable name an instruction reads or writes. */
    static List<String> variablesOf(Instruction instruction) {
        return switch (instruction) {
            case Load l -> List.of(l.name());
            case Store s -> List.of(s.name());
            case LoadContainer c -> List.of(c.name());
            case ForTest f -> List.of(f.variable(), f.limit(), f.step());
            case EachNext e -> List.of(e.items(), e.index(), e.variable());
            case Hear h -> List.of(h.variable());
            default -> new ArrayList<>(0);
        };
    }
}
