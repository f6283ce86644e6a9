package org.botserver.domain.basic.fuzz;

import java.time.Duration;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Inputs too large for the fuzzer's seed corpus (they would raise its length limit and slow every
 * execution), built here instead: deep nesting and very long programs meet the same oracle.
 */
class HugeInputsTest {

    @ParameterizedTest
    @MethodSource("hugeInputs")
    void huge_and_deeply_nested_inputs_compile_or_yield_diagnostics(String text) {
        CompilerOracle.check(text, Duration.ofSeconds(30));
    }

    static Stream<Named<String>> hugeInputs() {
        return Stream.of(
                Named.of("10,000 balanced parentheses", "x = " + "(".repeat(10_000) + "1" + ")".repeat(10_000)),
                Named.of("10,000 unclosed parentheses", "x = " + "(".repeat(10_000)),
                Named.of("10,000 unclosed brackets", "x = " + "[".repeat(10_000)),
                Named.of("5,000 nested object literals", "x = " + "{\"a\": ".repeat(5_000) + "1" + "}".repeat(5_000)),
                Named.of("10,000 unary minus signs", "x = " + "-".repeat(10_000) + "1"),
                Named.of("10,000 NOTs", "x = " + "NOT ".repeat(10_000) + "TRUE"),
                Named.of("1,000 nested interpolations", "TALK " + "\"${".repeat(1_000) + "1" + "}\"".repeat(1_000)),
                Named.of("a member chain of 10,000", "x = a" + ".b".repeat(10_000)),
                Named.of("an index chain of 10,000", "x = a" + "[0]".repeat(10_000)),
                Named.of("3,000 nested IF blocks", "IF TRUE THEN\n".repeat(3_000) + "TALK 1\n" + "END IF\n".repeat(3_000)),
                Named.of("3,000 unclosed IF blocks", "IF TRUE THEN\n".repeat(3_000)),
                Named.of("1,000 nested FOR loops", nestedFors(1_000)),
                Named.of("1,000 nested WHILE loops", "WHILE FALSE\n".repeat(1_000) + "WEND\n".repeat(1_000)),
                Named.of("a binary chain of 20,000 terms", "x = 1" + " + 1".repeat(20_000) + "\nTALK x"),
                Named.of("20,000 lines", "x = 0\n" + "x = x + 1\n".repeat(20_000) + "TALK x"),
                Named.of("a 1 MB string literal", "TALK \"" + "a".repeat(1 << 20) + "\""),
                Named.of("a 1 MB unterminated string", "TALK \"" + "a".repeat(1 << 20)),
                Named.of("a 100,000-digit number", "x = " + "9".repeat(100_000) + "\nTALK x * x"),
                Named.of("10,000 line continuations", "x = 1" + " + _\n1".repeat(10_000)),
                Named.of("10,000 lone continuations", "_\n".repeat(10_000)),
                Named.of("100,000 NUL bytes", "\0".repeat(100_000)),
                Named.of("100,000 rejected characters with a line of code", "x = 1 " + "@#".repeat(50_000) + "\nTALK x"),
                Named.of("50,000 lone exclamation marks", "!".repeat(50_000)),
                Named.of("lone surrogates", "TALK \"\uD800\"\n\uDC00x = 1\nTALK \"${\uDBFF}\""));
    }

    private static String nestedFors(int depth) {
        StringBuilder text = new StringBuilder();
        IntStream.range(0, depth).forEach(i -> text.append("FOR v").append(i).append(" = 1 TO 1\n"));
        return text.append("TALK 1\n").append("NEXT\n".repeat(depth)).toString();
    }
}
