package org.botserver.application.knowledge;

import static org.botserver.application.knowledge.KnowledgeFixture.FAQ;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.botserver.application.bot.UnknownBotException;
import org.botserver.application.cache.InMemoryCacheStore;
import org.botserver.application.cache.StoredKnowledgeCache;
import org.botserver.application.conversation.InvalidCommandException;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.bot.PackagePath;
import org.botserver.domain.knowledge.KnowledgeBaseId;
import org.junit.jupiter.api.Test;

class KnowledgeDocumentsTest {

    private final StoredKnowledgeCache cache = new StoredKnowledgeCache(new InMemoryCacheStore());
    private final KnowledgeFixture kb = new KnowledgeFixture(RagSettings.defaults(), cache)
            .document("returns.md", "Returns are accepted within 30 days of delivery.");
    private final List<KnowledgeBaseId> queued = new ArrayList<>();
    private final KnowledgeDocumentsService documents = new KnowledgeDocumentsService(kb.store, kb.registry, kb.index, cache,
            queued::add);

    private static UploadDocumentCommand upload(String name, String text) {
        return new UploadDocumentCommand(FAQ, name, text.getBytes(StandardCharsets.UTF_8));
    }

    private List<String> sources(String question) {
        return kb.search.search(SearchKnowledgeQuery.of(FAQ, question)).stream().map(KnowledgeHit::source).toList();
    }

    @Test
    void an_uploaded_document_lands_in_the_collection_folder_and_its_knowledge_base_is_queued() {
        kb.store.put("shop", "shop.gbdialog/start.bas", "TALK \"hi\"");

        UploadedDocument uploaded = documents.upload(upload("warranty.md", "The warranty lasts two years."));

        assertEquals(new UploadedDocument(FAQ, "warranty.md", false), uploaded);
        assertEquals("The warranty lasts two years.", new String(kb.store.read(FAQ.bot(),
                new PackagePath("shop.gbkb/faq/warranty.md")), StandardCharsets.UTF_8));
        assertEquals(List.of(FAQ), queued);
        assertEquals(3, kb.store.list(FAQ.bot()).size(), "the package's other files are kept");
    }

    @Test
    void once_ingested_an_uploaded_document_is_found() {
        kb.ingest();
        assertFalse(sources("warranty years").contains("faq/warranty.md"));

        documents.upload(upload("warranty.md", "The warranty lasts two years."));
        kb.ingest();

        assertEquals("faq/warranty.md", sources("warranty years").getFirst());
    }

    @Test
    void uploading_a_name_again_replaces_the_document() {
        UploadedDocument again = documents.upload(upload("returns.md", "Returns are accepted within 60 days."));

        assertTrue(again.replaced());
        assertEquals("Returns are accepted within 60 days.", new String(kb.store.read(FAQ.bot(),
                new PackagePath("shop.gbkb/faq/returns.md")), StandardCharsets.UTF_8));
    }

    @Test
    void a_removed_document_loses_its_file_chunks_and_record_at_once() {
        kb.ingest();
        assertEquals(List.of("faq/returns.md"), sources("returns days"));

        assertTrue(documents.remove(FAQ, "returns.md"));

        assertTrue(kb.store.list(FAQ.bot()).isEmpty() || kb.store.list(FAQ.bot()).stream()
                .noneMatch(file -> file.path().value().endsWith("returns.md")));
        assertEquals(0, kb.index.count(FAQ));
        assertTrue(kb.registry.documents(FAQ).isEmpty());
        assertEquals(List.of(), sources("returns days"), "not served from the cache either");
    }

    @Test
    void removing_a_document_the_knowledge_base_does_not_have_says_so() {
        kb.store.put("shop", "shop.gbdialog/start.bas", "TALK \"hi\"");

        assertFalse(documents.remove(FAQ, "nothing.md"));
    }

    @Test
    void names_that_leave_the_folder_or_hide_are_refused() {
        for (String name : List.of("../start.bas", "sub/guide.md", "..\\x.md", ".hidden", "", "a\u0000b.md")) {
            assertThrows(InvalidCommandException.class, () -> upload(name, "text"), name);
        }
        assertThrows(InvalidCommandException.class, () -> documents.remove(FAQ, "../../other.gbai/x.md"));
        assertThrows(InvalidCommandException.class, () -> upload("empty.md", ""));
    }

    @Test
    void a_bot_without_a_package_is_unknown() {
        var elsewhere = KnowledgeBaseId.of(new BotId("nobody"), "faq");

        assertThrows(UnknownBotException.class, () -> documents.upload(new UploadDocumentCommand(elsewhere, "a.md", new byte[] {1})));
        assertThrows(UnknownBotException.class, () -> documents.remove(elsewhere, "a.md"));
    }
}
