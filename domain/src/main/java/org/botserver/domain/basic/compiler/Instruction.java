package org.botserver.domain.basic.compiler;

import java.util.List;
import org.botserver.domain.basic.ast.BinaryOp;
import org.botserver.domain.basic.value.Value;

/**
 * One step of a compiled program for the runtime's operand-stack machine. Jumps hold absolute
 * instruction indexes, so the whole position of a run is a plain int. Variable names are lower case.
 */
public sealed interface Instruction {

    record Push(Value value) implements Instruction {
    }

    record Load(String name) implements Instruction {
    }

    /** Loads a variable to assign into, first creating an object (or array) there if it is NULL. */
    record LoadContainer(String name, boolean array) implements Instruction {
    }

    /** Reads a member to assign into, first creating an object (or array) there if it is NULL. */
    record MemberContainer(String name, boolean array) implements Instruction {
    }

    record Store(String name) implements Instruction {
    }

    record Pop() implements Instruction {
    }

    record Binary(BinaryOp op) implements Instruction {
    }

    record Negate() implements Instruction {
    }

    record Not() implements Instruction {
    }

    /** Replaces the top of the stack by its truthiness as TRUE or FALSE. */
    record ToBool() implements Instruction {
    }

    record Jump(int target) implements Instruction {
    }

    /** Pops a value and jumps when it is falsy. */
    record JumpIfFalse(int target) implements Instruction {
    }

    record JumpIfTrue(int target) implements Instruction {
    }

    record GetMember(String name) implements Instruction {
    }

    record GetIndex() implements Instruction {
    }

    /** Pops value and target, sets target.name = value. */
    record SetMember(String name) implements Instruction {
    }

    /** Pops value, index and target, sets target[index] = value. */
    record SetIndex() implements Instruction {
    }

    record MakeArray(int count) implements Instruction {
    }

    record MakeObject(List<String> keys) implements Instruction {
    }

    /** Pops {@code count} values and pushes their texts joined (string interpolation). */
    record Concat(int count) implements Instruction {
    }

    record CallBuiltin(String name, int arguments) implements Instruction {
    }

    /** Calls a SUB or FUNCTION of this program; {@code keepResult} pushes its RETURN value. */
    record CallProcedure(String name, int entry, List<String> parameters, int arguments, boolean keepResult)
            implements Instruction {
    }

    /** Pops a dialog name and runs that dialog of the same bot, then continues here. */
    record CallDialog() implements Instruction {
    }

    /** Leaves a SUB or FUNCTION, with the value on the stack when {@code hasValue}. */
    record Return(boolean hasValue) implements Instruction {
    }

    /** Ends the current dialog (EXIT, END, RETURN at top level), with the value on the stack when {@code hasValue}. */
    record Halt(boolean hasValue) implements Instruction {
    }

    /** FOR … TO test: jumps to {@code exit} once the variable has passed the limit in the step's direction. */
    record ForTest(String variable, String limit, String step, int exit) implements Instruction {
    }

    /** FOR EACH step: assigns the next item to {@code variable}, or jumps to {@code exit} when none is left. */
    record EachNext(String items, String index, String variable, int exit) implements Instruction {
    }

    record Talk() implements Instruction {
    }

    /** Pops {@code choices} menu entries and waits for the user's answer into {@code variable}. */
    record Hear(String variable, String name, String type, int choices) implements Instruction {
    }

    record Wait() implements Instruction {
    }

    /** Pops value, label and (when {@code tool}) the tool name, and offers a suggestion. */
    record Suggest(boolean tool) implements Instruction {
    }

    record ClearSuggestions() implements Instruction {
    }

    /** Pops the arguments and yields a capability effect; {@code keepResult} pushes what the caller answers. */
    record Capability(String keyword, int arguments, boolean keepResult) implements Instruction {
    }

    record OnError(boolean resumeNext) implements Instruction {
    }

    record Throw() implements Instruction {
    }

    record ErrorState(boolean message) implements Instruction {
    }
}
