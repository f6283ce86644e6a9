package org.botserver.domain.basic.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Random text and spliced BASIC tokens fed to the compiler (and, when they compile, to the
 * interpreter): nothing but a compile result or an outcome may come out. The normal build replays
 * the committed seed corpus ({@code CompilerFuzzTestInputs/}); the {@code fuzz} profile fuzzes.
 */
class CompilerFuzzTest {

    /** Raw bytes read as UTF-8, so the seed corpus is plain .bas files; the dictionary steers mutations. */
    @FuzzTest(maxDuration = "60s")
    @DictionaryFile(resourcePath = TokenSplicer.DICTIONARY)
    void any_text_compiles_or_yields_diagnostics(byte[] input) {
        CompilerOracle.check(new String(input, StandardCharsets.UTF_8));
    }

    /** BASIC keywords, statements and punctuation in fuzzer-chosen order, to get past the lexer. */
    @FuzzTest(maxDuration = "60s")
    void spliced_tokens_compile_or_yield_diagnostics(FuzzedDataProvider data) {
        CompilerOracle.check(TokenSplicer.splice(data));
    }
}
