package org.botserver.domain.basic.compiler;

/**
 * The integer opcodes of assembled code, four ints per instruction ({@code op, a, b, c}); operands that
 * are not ints (a constant, a member name) sit in {@link Code#operands()} at the instruction's index.
 */
public final class Op {

    public static final int WIDTH = 4;

    public static final int PUSH = 0, LOAD = 1, STORE = 2, LOAD_CONTAINER = 3, MEMBER_CONTAINER = 4, POP = 5,
            BINARY = 6, NEGATE = 7, NOT = 8, TO_BOOL = 9, JUMP = 10, JUMP_IF_FALSE = 11, JUMP_IF_TRUE = 12,
            GET_MEMBER = 13, GET_INDEX = 14, SET_MEMBER = 15, SET_INDEX = 16, MAKE_ARRAY = 17, MAKE_OBJECT = 18,
            CONCAT = 19, CALL_BUILTIN = 20, CALL_PROCEDURE = 21, CALL_DIALOG = 22, RETURN = 23, HALT = 24,
            FOR_TEST = 25, EACH_NEXT = 26, TALK = 27, HEAR = 28, WAIT = 29, SUGGEST = 30, CLEAR_SUGGESTIONS = 31,
            CAPABILITY = 32, ON_ERROR = 33, THROW = 34, ERROR_STATE = 35;

    /** Fused sequences (see {@link Fusion}); each runs several plain instructions and skips past them. */
    public static final int BINARY_VV = 40, BINARY_VK = 41, BINARY_VV_STORE = 42, BINARY_VK_STORE = 43,
            TEST_VK_JUMP = 44, TEST_VV_JUMP = 45, PUSH_STORE = 46, LOAD_STORE = 47, FOR_NEXT = 48, BINARY_STORE = 49;

    private Op() {
    }
}
