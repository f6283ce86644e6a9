package org.botserver.domain.basic.bench;

/**
 * The benchmarked workload, written once per contender: a counted loop that adds {@code i * 2} to a sum
 * and appends to a string that is reset every 100 rounds, so it never grows past the string limit.
 */
final class CountedLoop {

    static final int ITERATIONS = 100_000;
    static final int RESET_EVERY = 100;

    /** Sum of i * 2 for i = 1..ITERATIONS: what every contender must produce. */
    static final long EXPECTED_SUM = (long) ITERATIONS * (ITERATIONS + 1);

    /**
     * Simple statements one run executes, counted in the BASIC source: the three initial assignments,
     * the FOR header, four per round (three assignments and the IF test), two per reset and the TALK.
     * NEXT is not counted, so the figure errs on the low side.
     */
    static final long STATEMENTS_PER_RUN = 3 + 1 + 4L * ITERATIONS + 2L * (ITERATIONS / RESET_EVERY) + 1;

    static final String BASIC = """
            x = 0
            s = ""
            k = 0
            FOR i = 1 TO %d
              x = x + i * 2
              s = s & "a"
              k = k + 1
              IF k = %d THEN
                s = ""
                k = 0
              END IF
            NEXT
            TALK x
            """.formatted(ITERATIONS, RESET_EVERY);

    static final String JAVASCRIPT = """
            (function (n) {
              let x = 0, s = "", k = 0;
              for (let i = 1; i <= n; i++) {
                x = x + i * 2;
                s = s + "a";
                k = k + 1;
                if (k === %d) {
                  s = "";
                  k = 0;
                }
              }
              return [x, s];
            })
            """.formatted(RESET_EVERY);

    private CountedLoop() {
    }

    /** The same program in plain Java; the string is returned too, so the JIT cannot drop the appends. */
    static Result inJava(int iterations) {
        long x = 0;
        String s = "";
        int k = 0;
        for (int i = 1; i <= iterations; i++) {
            x = x + i * 2L;
            s = s + "a";
            k = k + 1;
            if (k == RESET_EVERY) {
                s = "";
                k = 0;
            }
        }
        return new Result(x, s);
    }

    /** What a run leaves behind: the sum and the final string. */
    record Result(long sum, String text) {
    }
}
