package org.botserver.application.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.botserver.application.knowledge.KnowledgeChunk;
import org.botserver.application.knowledge.KnowledgeHit;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.knowledge.KnowledgeBaseId;
import org.junit.jupiter.api.Test;

class KnowledgeHitsTextTest {

    private static final KnowledgeBaseId MANUALS = KnowledgeBaseId.of(new BotId("shop"), "manuals");

    @Test
    void hits_read_back_exactly_with_tabs_line_breaks_backslashes_and_pages() {
        List<KnowledgeHit> hits = List.of(
                new KnowledgeHit(MANUALS, new KnowledgeChunk("guide.pdf", 3, OptionalInt.of(7),
                        "Step 1:\tpress \\ hold\r\nStep 2: release"), 0.0327868852),
                new KnowledgeHit(MANUALS, new KnowledgeChunk("faq/returns.md", 0, OptionalInt.empty(), ""), 0.01));

        assertEquals(Optional.of(hits), KnowledgeHitsText.decode(KnowledgeHitsText.encode(hits)));
    }

    @Test
    void no_hits_are_kept_as_no_hits() {
        assertEquals(Optional.of(List.of()), KnowledgeHitsText.decode(KnowledgeHitsText.encode(List.of())));
    }

    @Test
    void a_text_of_another_version_or_a_broken_line_is_a_miss() {
        assertEquals(Optional.empty(), KnowledgeHitsText.decode("kb-hits/0\nshop\tmanuals"));
        assertEquals(Optional.empty(), KnowledgeHitsText.decode("kb-hits/1\nshop\tmanuals\tguide.pdf\tx\t\t0.1\ttext"));
        assertEquals(Optional.empty(), KnowledgeHitsText.decode("kb-hits/1\nshop\tmanuals"));
    }
}
