package org.botserver.adapter.in.rest.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.botserver.application.bot.UnknownBotException;
import org.botserver.application.conversation.InvalidCommandException;
import org.botserver.application.knowledge.ChunkFilter;
import org.botserver.application.knowledge.IngestReport;
import org.botserver.application.knowledge.KnowledgeChunk;
import org.botserver.application.knowledge.KnowledgeHit;
import org.botserver.application.knowledge.KnowledgeStatus;
import org.botserver.application.knowledge.SearchKnowledgeQuery;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.knowledge.KnowledgeBaseId;
import org.junit.jupiter.api.Test;

/** Knowledge search and status over REST: what is asked of the search, and what is refused before it. */
class KnowledgeResourceTest {

    private final List<SearchKnowledgeQuery> asked = new ArrayList<>();
    private final KnowledgeResource resource = new KnowledgeResource();

    KnowledgeResourceTest() {
        var faq = KnowledgeBaseId.of(new BotId("shop"), "faq");
        resource.search = query -> {
            asked.add(query);
            return List.of(new KnowledgeHit(faq, new KnowledgeChunk("guide.pdf", 4, OptionalInt.of(2), "Thirty days."), 0.032));
        };
        resource.status = bot -> List.of(new KnowledgeStatus("faq", true, 3, 10, 42, List.of(new IngestReport.Failure("x.pdf", "damaged"))));
    }

    @Test
    void a_search_answers_hits_with_score_content_and_source() {
        var hits = resource.search("shop", "faq", "how long for returns", 5, null, null);

        assertEquals(List.of(new KnowledgeHitJson(0.032, "Thirty days.", "faq/guide.pdf, page 2", "guide.pdf", 4, 2)), hits);
        assertEquals(OptionalInt.of(5), asked.getFirst().limit());
        assertEquals("how long for returns", asked.getFirst().text());
        assertEquals(ChunkFilter.NONE, asked.getFirst().filter());
    }

    @Test
    void a_source_narrows_the_search_to_a_document_or_a_folder_and_a_page_to_that_page() {
        resource.search("shop", "faq", "returns", null, "guide.pdf", 2);
        resource.search("shop", "faq", "returns", null, "manuals/", null);

        assertEquals(ChunkFilter.ofSource("guide.pdf").onPage(2), asked.get(0).filter());
        assertEquals(new ChunkFilter(new ChunkFilter.Folder("manuals"), OptionalInt.empty()), asked.get(1).filter());
    }

    @Test
    void a_source_leaving_the_collection_or_a_page_below_one_is_refused() {
        assertThrows(InvalidCommandException.class, () -> resource.search("shop", "faq", "q", null, "../other/x.md", null));
        assertThrows(InvalidCommandException.class, () -> resource.search("shop", "faq", "q", null, "/", null));
        assertThrows(InvalidCommandException.class, () -> resource.search("shop", "faq", "q", null, null, 0));
    }

    @Test
    void a_search_without_a_question_or_with_a_bad_limit_or_name_is_refused() {
        assertThrows(InvalidCommandException.class, () -> resource.search("shop", "faq", " ", null, null, null));
        assertThrows(InvalidCommandException.class, () -> resource.search("shop", "faq", "q", 0, null, null));
        assertThrows(InvalidCommandException.class, () -> resource.search("shop", "../etc", "q", null, null, null));
        assertThrows(UnknownBotException.class, () -> resource.search("Not A Bot!", "faq", "q", null, null, null));
    }

    @Test
    void the_status_lists_each_collection_with_progress_and_failures() {
        assertEquals(List.of(new KnowledgeStatusJson("faq", true, 3, 10, 42, List.of(new KnowledgeStatusJson.FailureJson("x.pdf", "damaged")))),
                resource.status("shop"));
    }
}
