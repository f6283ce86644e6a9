package org.botserver.adapter.in.rest.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.botserver.application.bot.UnknownBotException;
import org.botserver.application.conversation.InvalidCommandException;
import org.botserver.application.knowledge.IngestReport;
import org.botserver.application.knowledge.KnowledgeChunk;
import org.botserver.application.knowledge.KnowledgeHit;
import org.botserver.application.knowledge.KnowledgeStatus;
import org.botserver.application.knowledge.SearchKnowledgeQuery;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.knowledge.KnowledgeBaseId;
import org.junit.jupiter.api.Test;

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
        var hits = resource.search("shop", "faq", "how long for returns", 5);

        assertEquals(List.of(new KnowledgeHitJson(0.032, "Thirty days.", "faq/guide.pdf, page 2", "guide.pdf", 4, 2)), hits);
        assertEquals(OptionalInt.of(5), asked.getFirst().limit());
        assertEquals("how long for returns", asked.getFirst().text());
    }

    @Test
    void a_search_without_a_question_or_with_a_bad_limit_or_name_is_refused() {
        assertThrows(InvalidCommandException.class, () -> resource.search("shop", "faq", " ", null));
        assertThrows(InvalidCommandException.class, () -> resource.search("shop", "faq", "q", 0));
        assertThrows(InvalidCommandException.class, () -> resource.search("shop", "../etc", "q", null));
        assertThrows(UnknownBotException.class, () -> resource.search("Not A Bot!", "faq", "q", null));
    }

    @Test
    void the_status_lists_each_collection_with_progress_and_failures() {
        assertEquals(List.of(new KnowledgeStatusJson("faq", true, 3, 10, 42, List.of(new KnowledgeStatusJson.FailureJson("x.pdf", "damaged")))),
                resource.status("shop"));
    }
}
