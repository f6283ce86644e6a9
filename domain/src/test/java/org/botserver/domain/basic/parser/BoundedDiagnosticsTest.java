package org.botserver.domain.basic.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.botserver.domain.basic.BasicCompiler;
import org.botserver.domain.basic.CompileResult;
import org.botserver.domain.basic.Diagnostic;
import org.botserver.domain.basic.SourceFile;
import org.junit.jupiter.api.Test;

/** However broken a file is, its report stays short: runs of junk, error counts and quoted lines are bounded. */
class BoundedDiagnosticsTest {

    private static List<Diagnostic> errors(String text) {
        CompileResult result = BasicCompiler.compile(new SourceFile("start.bas", text));
        return assertInstanceOf(CompileResult.Failed.class, result).diagnostics();
    }

    private static List<String> messages(String text) {
        return errors(text).stream().map(d -> d.line() + ":" + d.column() + ": " + d.message()).toList();
    }

    @Test
    void a_run_of_rejected_characters_is_one_error() {
        assertEquals(List.of("1:7: Unexpected characters '@#@#' (4 in a row)."), messages("x = 1 @#@# \n"));
    }

    @Test
    void a_single_rejected_character_is_named() {
        assertEquals(List.of("1:7: Unexpected character '$'."), messages("x = 1 $\n"));
    }

    @Test
    void invisible_characters_are_named_by_code_point() {
        assertEquals(List.of("1:1: Unexpected characters 'U+0000U+0000U+0000' (3 in a row)."), messages("\0\0\0"));
    }

    @Test
    void a_long_run_is_quoted_only_by_its_start() {
        assertEquals(List.of("1:1: Unexpected characters '############…' (100000 in a row)."),
                messages("#".repeat(100_000)));
    }

    @Test
    void a_lone_exclamation_mark_is_rejected_but_not_equal_still_reads() {
        assertEquals(List.of("1:8: Unexpected characters '!!' (2 in a row)."), messages("x = 1 <!! 2\n"));
        assertInstanceOf(CompileResult.Compiled.class, BasicCompiler.compile(new SourceFile("start.bas", "x = 1 != 2")));
    }

    @Test
    void after_a_hundred_errors_the_report_says_it_stopped() {
        List<Diagnostic> found = errors("IF x\n".repeat(500));
        assertEquals(101, found.size());
        assertEquals("Expect THEN after IF condition.", found.get(99).message());
        assertEquals("Too many errors; stopped after the first 100.", found.getLast().message());
        assertEquals(101, found.getLast().line());
    }

    @Test
    void a_long_source_line_is_quoted_as_a_window_around_the_column() {
        String line = "x = " + "1 + ".repeat(200) + "1 ) + " + "1 + ".repeat(200) + "1";
        Diagnostic d = errors(line + "\n").getFirst();
        assertTrue(d.sourceLine().length() <= 122, d.sourceLine());
        assertTrue(d.sourceLine().startsWith("…") && d.sourceLine().endsWith("…"), d.sourceLine());
        assertEquals("Expect end of statement, found ')'.", d.message());
        assertTrue(d.sourceLine().contains(")"), d.sourceLine());
    }

    @Test
    void a_short_source_line_is_quoted_whole() {
        assertEquals("x = (1 + 2", errors("x = (1 + 2\n").getFirst().sourceLine());
    }
}
