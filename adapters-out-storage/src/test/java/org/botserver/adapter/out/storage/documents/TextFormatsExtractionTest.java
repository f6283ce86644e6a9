package org.botserver.adapter.out.storage.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.botserver.application.knowledge.UnreadableDocumentException;
import org.botserver.domain.knowledge.Passage;
import org.junit.jupiter.api.Test;

class TextFormatsExtractionTest {

    private final TikaTextExtractor extractor = new TikaTextExtractor();

    private List<String> texts(String fileName, String content) {
        return extractor.extract(fileName, content.getBytes(StandardCharsets.UTF_8)).stream().map(Passage::text).toList();
    }

    @Test
    void text_and_markdown_are_read_as_they_are_without_a_byte_order_mark() {
        assertEquals(List.of("Opening hours: 9 to 5."), texts("hours.txt", "\uFEFFOpening hours: 9 to 5."));
        assertEquals(List.of("# Returns\nWithin 30 days."), texts("faq.md", "# Returns\nWithin 30 days."));
    }

    @Test
    void a_csv_gives_one_passage_per_row_labelled_by_the_header() {
        String csv = "city,office,phone\nLisbon,\"Rua Augusta, 10\",123\r\nPorto,\"Rua \"\"Nova\"\"\",456\n\n";

        assertEquals(List.of("city: Lisbon; office: Rua Augusta, 10; phone: 123", "city: Porto; office: Rua \"Nova\"; phone: 456"),
                texts("offices.csv", csv));
    }

    @Test
    void a_semicolon_csv_is_read_too() {
        assertEquals(List.of("item: tea; price: 1,50"), texts("menu.csv", "item;price\ntea;1,50\n"));
    }

    @Test
    void a_json_array_gives_one_passage_per_element_with_key_paths() {
        String json = "[{\"q\": \"Do you ship abroad?\", \"a\": {\"text\": \"Yes, to the EU.\", \"days\": 5}},"
                + " {\"q\": \"Can I pay by card?\", \"tags\": [\"payment\", \"card\"], \"ok\": true}]";

        assertEquals(List.of("q: Do you ship abroad?\na.text: Yes, to the EU.\na.days: 5",
                "q: Can I pay by card?\ntags: payment\ntags: card\nok: true"), texts("faq.json", json));
    }

    @Test
    void a_json_object_is_one_passage_and_escapes_are_decoded() {
        assertEquals(List.of("name: Caf\u00e9 \"Central\"\nopen: null"), texts("shop.json", "{\"name\": \"Caf\\u00e9 \\\"Central\\\"\", \"open\": null}"));
    }

    @Test
    void broken_json_is_refused_with_where_it_broke() {
        var refused = assertThrows(UnreadableDocumentException.class, () -> texts("bad.json", "{\"a\": 1,"));

        assertTrue(refused.getMessage().startsWith("bad.json is not valid JSON: "), refused.getMessage());
    }

    @Test
    void html_gives_its_visible_text_with_headings_marked_and_no_script() {
        String html = "<html><head><title>Help</title><script>var secret = 1;</script></head>"
                + "<body><h1>Returns</h1><p>Send it back within <b>30 days</b>.</p></body></html>";

        String text = texts("help.html", html).getFirst();

        assertTrue(text.contains("# Returns"), text);
        assertTrue(text.contains("Send it back within 30 days."), text);
        assertTrue(!text.contains("secret"), text);
    }

    @Test
    void an_unknown_format_is_refused_naming_the_formats_that_are_read() {
        var refused = assertThrows(UnreadableDocumentException.class, () -> texts("photo.png", "x"));

        assertTrue(refused.getMessage().startsWith("photo.png: .png files are not read into knowledge bases"), refused.getMessage());
    }
}
