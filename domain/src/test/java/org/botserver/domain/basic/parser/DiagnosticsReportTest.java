package org.botserver.domain.basic.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import org.botserver.domain.basic.BasicCompiler;
import org.botserver.domain.basic.CompileResult;
import org.botserver.domain.basic.Diagnostic;
import org.botserver.domain.basic.SourceFile;
import org.junit.jupiter.api.Test;

/** Compile errors come all at once, each with file, line, column, a one-line message and the source line. */
class DiagnosticsReportTest {

    private static List<Diagnostic> errors(String text) {
        CompileResult result = BasicCompiler.compile(new SourceFile("bots/demo.gbdialog/start.bas", text));
        return assertInstanceOf(CompileResult.Failed.class, result).diagnostics();
    }

    @Test
    void every_broken_statement_is_reported_and_parsing_resumes_on_the_next_line() {
        List<Diagnostic> found = errors("""
                TALK "ok"
                IF x TALK "no"
                END IF
                y = (1 + 2
                FOR i = 1 3
                NEXT
                """);
        assertEquals(List.of("2:6: Expect THEN after IF condition.",
                        "3:1: Unexpected END IF without its opening statement.",
                        "4:11: Expect ')' after expression.",
                        "5:11: Expect TO after FOR start value."),
                found.stream().map(d -> d.line() + ":" + d.column() + ": " + d.message()).toList());
    }

    @Test
    void a_diagnostic_formats_as_file_line_column_message_and_the_offending_line() {
        Diagnostic d = errors("TALK \"a\"\nIF x TALK \"no\"\n").getFirst();
        assertEquals("bots/demo.gbdialog/start.bas:2:6: Expect THEN after IF condition."
                + System.lineSeparator() + "    IF x TALK \"no\"", d.format());
        assertEquals("IF x TALK \"no\"", d.sourceLine());
    }

    @Test
    void errors_inside_an_interpolation_point_into_the_string() {
        Diagnostic d = errors("TALK \"Hi ${name +}\"\n").getFirst();
        assertEquals(1, d.line());
        assertEquals(18, d.column());
        assertEquals("Expect expression.", d.message());
    }

    @Test
    void analyzer_errors_are_reported_together_with_parse_errors() {
        List<Diagnostic> found = errors("x = NOPE(1)\nIF THEN\n");
        assertEquals(List.of("Unknown function NOPE.", "Expect expression, found THEN."),
                found.stream().map(Diagnostic::message).toList());
    }

    @Test
    void a_deeply_nested_expression_is_a_compile_error_not_a_crash() {
        String deep = "x = " + "(".repeat(50_000) + "1" + ")".repeat(50_000) + "\n";
        assertEquals(1, errors(deep).size());
    }
}
