package org.botserver.adapter.out.storage.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalInt;
import org.botserver.application.knowledge.UnreadableDocumentException;
import org.botserver.domain.knowledge.Passage;
import org.junit.jupiter.api.Test;

class OfficeAndPdfExtractionTest {

    private final TikaTextExtractor extractor = new TikaTextExtractor();

    @Test
    void a_pdf_gives_one_passage_per_page_with_its_number() {
        byte[] pdf = OfficeFixtures.pdf(List.of("Plug in the router.", "Press the reset button for ten seconds."));

        List<Passage> pages = extractor.extract("manual.pdf", pdf);

        assertEquals(2, pages.size());
        assertEquals("Plug in the router.", pages.get(0).text());
        assertEquals(OptionalInt.of(1), pages.get(0).page());
        assertEquals("Press the reset button for ten seconds.", pages.get(1).text());
        assertEquals(OptionalInt.of(2), pages.get(1).page());
    }

    @Test
    void a_docx_gives_its_text_with_headings_marked() {
        List<Passage> passages = extractor.extract("policy.docx", OfficeFixtures.docx("Refunds", "Refunds take five days."));

        assertEquals(1, passages.size());
        String text = passages.getFirst().text();
        assertTrue(text.contains("Refunds take five days."), text);
        assertTrue(text.contains("Refunds\n"), text);
    }

    @Test
    void an_xlsx_gives_one_passage_per_row() {
        byte[] xlsx = OfficeFixtures.xlsx(List.of(List.of("Product", "Price"), List.of("Router", "49"), List.of("Cable", "5")));

        List<String> rows = extractor.extract("prices.xlsx", xlsx).stream().map(Passage::text).toList();

        assertTrue(rows.contains("Router; 49"), rows.toString());
        assertTrue(rows.contains("Cable; 5"), rows.toString());
    }

    @Test
    void a_pptx_gives_one_passage_per_slide() {
        List<Passage> slides = extractor.extract("deck.pptx", OfficeFixtures.pptx(List.of("Welcome to the team", "Holidays are booked online")));

        assertEquals(List.of("Welcome to the team", "Holidays are booked online"), slides.stream().map(Passage::text).toList());
        assertEquals(OptionalInt.of(2), slides.get(1).page());
    }

    @Test
    void a_damaged_file_is_refused_in_plain_words() {
        var refused = assertThrows(UnreadableDocumentException.class,
                () -> extractor.extract("broken.pdf", "not a pdf at all".getBytes(StandardCharsets.UTF_8)));

        assertEquals("broken.pdf could not be read; it may be damaged or not really a .pdf file.", refused.getMessage());
    }
}
