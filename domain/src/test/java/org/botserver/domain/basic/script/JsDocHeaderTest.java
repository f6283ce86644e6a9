package org.botserver.domain.basic.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.botserver.domain.basic.Diagnostics;
import org.botserver.domain.basic.SourceFile;
import org.botserver.domain.basic.ToolDefinition;
import org.junit.jupiter.api.Test;

/** A JavaScript tool's JSDoc header becomes the same tool definition a BASIC tool's PARAMs and DESCRIPTION give. */
class JsDocHeaderTest {

    private static ToolDefinition read(String text) {
        Diagnostics diagnostics = new Diagnostics(new SourceFile("shop.gbdialog/vat.js", text));
        Optional<ToolDefinition> tool = JsDocHeader.read("vat", text, diagnostics);
        assertTrue(tool.isPresent(), diagnostics.all().toString());
        return tool.get();
    }

    @Test
    void description_and_typed_params_become_a_json_schema() {
        ToolDefinition tool = read("""
                /**
                 * Adds VAT to a net amount,
                 * rounded to cents.
                 *
                 * @param {number} amount - the net amount
                 * @param {integer} [units] how many units
                 * @param {boolean=} express - express delivery,
                 *     which costs more
                 * @param {"standard"|'reduced'} [rate="standard"] - which VAT rate
                 * @param {String} country
                 * @returns {number} the gross amount
                 */
                return amount * 1.23;
                """);

        assertEquals("vat", tool.name());
        assertEquals("Adds VAT to a net amount, rounded to cents.", tool.description());
        assertEquals("{\"type\":\"object\",\"properties\":{"
                + "\"amount\":{\"type\":\"number\",\"description\":\"the net amount\"},"
                + "\"units\":{\"type\":\"integer\",\"description\":\"how many units\"},"
                + "\"express\":{\"type\":\"boolean\",\"description\":\"express delivery, which costs more\"},"
                + "\"rate\":{\"type\":\"string\",\"description\":\"which VAT rate\",\"enum\":[\"standard\",\"reduced\"]},"
                + "\"country\":{\"type\":\"string\"}},"
                + "\"required\":[\"amount\",\"country\"]}", tool.jsonSchema());
    }

    @Test
    void a_header_on_one_line_may_hold_its_tags_too() {
        ToolDefinition tool = read("/** Greets someone. @param {string} name - who  @param {number} [times] how often */\n"
                + "return 'hi ' + name;");

        assertEquals("Greets someone.", tool.description());
        assertEquals(List.of("name", "times"), tool.parameters().stream().map(p -> p.name()).toList());
        assertEquals("who", tool.parameters().getFirst().description());
        assertTrue(tool.parameters().get(1).optional());
    }

    @Test
    void an_address_in_the_description_is_not_a_tag() {
        assertEquals("Mails support@example.com about it.", read("/** Mails support@example.com about it. */").description());
    }

    @Test
    void other_tags_are_documentation_only() {
        ToolDefinition tool = read("""
                /**
                 * Looks an order up.
                 * @author Ana
                 * @example lookup("A-1")
                 * @param {string} id the order
                 */
                """);

        assertEquals("Looks an order up.", tool.description());
        assertEquals(1, tool.parameters().size());
    }
}
