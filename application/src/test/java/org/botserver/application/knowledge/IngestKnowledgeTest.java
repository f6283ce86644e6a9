package org.botserver.application.knowledge;

import static org.botserver.application.knowledge.KnowledgeFixture.FAQ;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class IngestKnowledgeTest {

    private final KnowledgeFixture kb = new KnowledgeFixture();

    @Test
    void every_document_of_the_collection_is_chunked_embedded_and_recorded() {
        String longText = IntStream.range(0, 400).mapToObj(i -> "word" + i).collect(Collectors.joining(" "));
        kb.document("returns.md", "Returns are accepted within 30 days.").document("long.txt", longText);
        kb.store.put("shop", "shop.gbkb/other/elsewhere.md", "Another collection.");

        IngestReport report = kb.ingest();

        assertEquals(2, report.documents());
        assertEquals(2, report.indexed());
        int longChunks = kb.registry.documents(FAQ).getFirst().chunkCount();
        assertTrue(longChunks > 2, longChunks + " chunks");
        assertEquals(1 + longChunks, kb.index.count(FAQ));
        assertEquals(1 + longChunks, report.chunks());
        assertTrue(kb.registry.documents(FAQ).stream().allMatch(d -> d.status() == DocumentStatus.INDEXED));
    }

    @Test
    void an_unchanged_document_is_not_embedded_again() {
        kb.document("returns.md", "Returns are accepted within 30 days.");
        kb.ingest();
        int embedded = kb.embeddings.textsEmbedded();

        IngestReport again = kb.ingest();

        assertEquals(embedded, kb.embeddings.textsEmbedded());
        assertEquals(1, again.unchanged());
        assertEquals(0, again.indexed());
        assertEquals(1, again.chunks());
    }

    @Test
    void a_changed_document_replaces_its_chunks() {
        kb.document("returns.md", "Returns are accepted within 30 days.");
        kb.ingest();
        kb.document("returns.md", "Returns are accepted within 60 days.");

        IngestReport report = kb.ingest();

        assertEquals(1, report.indexed());
        assertEquals(1, kb.index.count(FAQ));
        assertEquals("Returns are accepted within 60 days.", kb.index.matching(FAQ, "returns", 5).getFirst().chunk().content());
    }

    @Test
    void a_deleted_document_loses_its_chunks_and_its_record() {
        kb.document("returns.md", "Returns are accepted.").document("shipping.md", "Shipping is free.");
        kb.ingest();
        kb.store.remove("shop", "shop.gbkb/faq/shipping.md");

        IngestReport report = kb.ingest();

        assertEquals(1, report.removed());
        assertEquals(List.of("returns.md"), kb.registry.documents(FAQ).stream().map(KnowledgeDocument::path).toList());
        assertEquals(List.of(), kb.index.matching(FAQ, "shipping", 5));
    }

    @Test
    void pages_are_kept_with_their_chunks_and_documents_in_sub_folders_keep_their_path() {
        kb.document("guides/setup.txt", "Plug in the cable.\fPress the power button.");

        kb.ingest();

        KnowledgeChunk chunk = kb.index.matching(FAQ, "power", 5).getFirst().chunk();
        assertEquals("guides/setup.txt", chunk.documentPath());
        assertEquals(OptionalInt.of(2), chunk.page());
        assertEquals(1, chunk.chunkIndex());
        assertEquals("guides/setup.txt, page 2", chunk.source());
    }

    @Test
    void progress_is_told_after_every_document() {
        kb.document("a.md", "one").document("b.md", "two");
        List<String> heard = new ArrayList<>();

        kb.ingestion.ingest(new IngestKnowledgeCommand(FAQ, (base, done, total, chunks) -> heard.add(done + "/" + total)));

        assertEquals(List.of("1/2", "2/2"), heard);
    }
}
