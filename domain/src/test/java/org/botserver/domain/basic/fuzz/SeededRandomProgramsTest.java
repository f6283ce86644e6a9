package org.botserver.domain.basic.fuzz;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Thousands of reproducible random inputs per normal build, beside the fuzzer's corpus: BASIC token
 * soup and arbitrary characters (including lone surrogates) meet the same oracle. A failure prints
 * the input; the fixed seeds make it repeat.
 */
class SeededRandomProgramsTest {

    private static final List<String> TOKENS = TokenSplicer.load();

    @Test
    void token_soup_compiles_or_yields_diagnostics() {
        Random random = new Random(20260115);
        for (int i = 0; i < 5_000; i++) {
            StringBuilder program = new StringBuilder();
            int length = 1 + random.nextInt(40);
            for (int j = 0; j < length; j++) {
                program.append(TOKENS.get(random.nextInt(TOKENS.size()))).append(random.nextInt(4) == 0 ? "\n" : " ");
            }
            CompilerOracle.check(program.toString());
        }
    }

    @Test
    void random_characters_compile_or_yield_diagnostics() {
        Random random = new Random(7);
        for (int i = 0; i < 2_000; i++) {
            char[] chars = new char[random.nextInt(200)];
            for (int j = 0; j < chars.length; j++) {
                chars[j] = (char) (random.nextBoolean() ? 32 + random.nextInt(95) : random.nextInt(0x10000));
            }
            CompilerOracle.check(new String(chars));
        }
    }
}
