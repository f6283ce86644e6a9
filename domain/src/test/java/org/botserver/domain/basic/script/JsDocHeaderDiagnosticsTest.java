package org.botserver.domain.basic.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.botserver.domain.basic.Diagnostic;
import org.botserver.domain.basic.Diagnostics;
import org.botserver.domain.basic.SourceFile;
import org.junit.jupiter.api.Test;

/** A bad tool header is refused with file:line:column diagnostics, like a BASIC compile error, all of them at once. */
class JsDocHeaderDiagnosticsTest {

    private static List<Diagnostic> problems(String text) {
        Diagnostics diagnostics = new Diagnostics(new SourceFile("shop.gbdialog/vat.js", text));
        assertTrue(JsDocHeader.read("vat", text, diagnostics).isEmpty());
        return diagnostics.all();
    }

    private static String only(String text) {
        List<Diagnostic> found = problems(text);
        assertEquals(1, found.size(), found.toString());
        Diagnostic d = found.getFirst();
        return d.file() + ":" + d.line() + ":" + d.column() + ": " + d.message();
    }

    @Test
    void a_file_without_a_header_is_refused_where_its_code_starts() {
        assertTrue(only("\n  return 1;").startsWith("shop.gbdialog/vat.js:2:3: A JavaScript tool starts with a /** … */ header"));
    }

    @Test
    void a_plain_comment_is_not_a_header() {
        assertTrue(only("/* Adds VAT. */").contains(":1:1: A JavaScript tool starts with"));
    }

    @Test
    void an_unclosed_header_is_refused() {
        assertEquals("shop.gbdialog/vat.js:1:1: The /** header is not closed with */.", only("/** Adds VAT.\n * @param {number} a\n"));
    }

    @Test
    void a_header_without_a_description_is_refused() {
        assertTrue(only("/**\n * @param {number} amount\n */").contains(":1:1: The header needs a description"));
    }

    @Test
    void an_unknown_type_names_its_line_and_column() {
        assertEquals("shop.gbdialog/vat.js:3:12: Unknown @param type {Date}; use string, number, integer, boolean or "
                + "choices such as {\"S\"|\"M\"|\"L\"}.", only("/**\n * Adds VAT.\n * @param {Date} when\n */"));
    }

    @Test
    void a_param_without_a_type_or_with_an_unclosed_one_is_refused() {
        assertEquals("shop.gbdialog/vat.js:1:22: Expect {type} after @param, such as {string}.",
                only("/** Adds VAT. @param amount */"));
        assertTrue(only("/** Adds VAT. @param {number amount */").endsWith("The @param type is not closed with }."));
    }

    @Test
    void names_that_cannot_be_javascript_parameters_are_refused() {
        assertTrue(only("/** Adds VAT. @param {string} class */").contains("@param class of tool vat is not a plain JavaScript name"));
        assertTrue(only("/** Adds VAT. @param {string} order.id */").contains("nested properties are not supported"));
        assertTrue(only("/** Adds VAT. @param {string} */").endsWith("Expect a parameter name after @param {type}."));
        assertTrue(only("/** Adds VAT. @param {string} [id */").endsWith("The optional @param name is not closed with ]."));
    }

    @Test
    void a_param_declared_twice_in_any_case_is_refused() {
        assertEquals("shop.gbdialog/vat.js:4:20: @param Amount is declared twice.",
                only("/**\n * Adds VAT.\n * @param {number} amount\n * @param {number} Amount\n */"));
    }

    @Test
    void every_bad_tag_is_reported_not_only_the_first() {
        List<Diagnostic> found = problems("""
                /**
                 * Adds VAT.
                 * @param {Date} when
                 * @param {number} amount
                 * @param {string} 9lives
                 */
                """);

        assertEquals(List.of(3, 5), found.stream().map(Diagnostic::line).toList());
    }
}
