package org.botserver.application.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.knowledge.KnowledgeBaseId;
import org.junit.jupiter.api.Test;

/** What every {@link DocumentRegistry} adapter does; each adapter's test extends this. */
public abstract class DocumentRegistryContract {

    /** A registry; knowledge bases are named uniquely per test, so it may hold other tests' rows. */
    protected abstract DocumentRegistry registry();

    private static KnowledgeBaseId fresh() {
        return KnowledgeBaseId.of(new BotId("b" + Long.toHexString(System.nanoTime())), "faq");
    }

    @Test
    void saved_documents_come_back_ordered_by_path() {
        var kb = fresh();
        registry().save(KnowledgeDocument.indexed(kb, "z.md", "h1", 3));
        registry().save(KnowledgeDocument.failed(kb, "a/guide.pdf", "h2", "guide.pdf is password-protected."));

        assertEquals(List.of(KnowledgeDocument.failed(kb, "a/guide.pdf", "h2", "guide.pdf is password-protected."),
                KnowledgeDocument.indexed(kb, "z.md", "h1", 3)), registry().documents(kb));
    }

    @Test
    void saving_a_path_again_replaces_its_record() {
        var kb = fresh();
        registry().save(KnowledgeDocument.failed(kb, "a.md", "h1", "embedding failed"));
        registry().save(KnowledgeDocument.indexed(kb, "a.md", "h2", 5));

        assertEquals(List.of(KnowledgeDocument.indexed(kb, "a.md", "h2", 5)), registry().documents(kb));
    }

    @Test
    void removing_a_document_and_other_knowledge_bases_are_kept_apart() {
        var kb = fresh();
        var other = KnowledgeBaseId.of(kb.bot(), "hr");
        registry().save(KnowledgeDocument.indexed(kb, "a.md", "h1", 1));
        registry().save(KnowledgeDocument.indexed(other, "a.md", "h1", 1));

        registry().remove(kb, "a.md");

        assertEquals(List.of(), registry().documents(kb));
        assertEquals(1, registry().documents(other).size());
    }
}
