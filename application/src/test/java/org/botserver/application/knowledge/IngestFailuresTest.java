package org.botserver.application.knowledge;

import static org.botserver.application.knowledge.KnowledgeFixture.FAQ;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IngestFailuresTest {

    private final KnowledgeFixture kb = new KnowledgeFixture();

    @Test
    void an_unreadable_document_is_reported_and_the_others_are_still_indexed() {
        kb.document("image.bin", "\u0000\u0001").document("returns.md", "Returns are accepted.");

        IngestReport report = kb.ingest();

        assertEquals(1, report.indexed());
        assertEquals(1, report.failures().size());
        assertEquals("image.bin", report.failures().getFirst().path());
        assertTrue(report.failures().getFirst().reason().contains("not a document format"));
        KnowledgeDocument failed = kb.registry.documents(FAQ).getFirst();
        assertEquals(DocumentStatus.FAILED, failed.status());
        assertTrue(failed.error().isPresent());
    }

    @Test
    void a_passing_embedding_failure_is_retried_until_it_works() {
        kb.document("returns.md", "Returns are accepted.");
        kb.embeddings.failNext(2);

        IngestReport report = kb.ingest();

        assertEquals(1, report.indexed());
        assertEquals(1, kb.index.count(FAQ));
    }

    @Test
    void retries_are_bounded_and_the_reason_is_kept() {
        kb.document("returns.md", "Returns are accepted.");
        kb.embeddings.failNext(3);

        IngestReport report = kb.ingest();

        assertEquals(0, report.indexed());
        assertEquals("Failed after 3 attempts: The embedding service did not answer.", report.failures().getFirst().reason());
        assertEquals(0, kb.index.count(FAQ));
    }

    @Test
    void a_failed_document_is_tried_again_on_the_next_run() {
        kb.document("returns.md", "Returns are accepted.");
        kb.embeddings.failNext(3);
        kb.ingest();

        IngestReport second = kb.ingest();

        assertEquals(1, second.indexed());
        assertEquals(DocumentStatus.INDEXED, kb.registry.documents(FAQ).getFirst().status());
    }

    @Test
    void a_changed_document_whose_embedding_fails_keeps_its_previous_chunks() {
        kb.document("returns.md", "Returns are accepted within 30 days.");
        kb.ingest();
        kb.document("returns.md", "Returns are accepted within 60 days.");
        kb.embeddings.failNext(3);

        kb.ingest();

        assertEquals("Returns are accepted within 30 days.", kb.index.matching(FAQ, "returns", 5).getFirst().chunk().content());
    }
}
