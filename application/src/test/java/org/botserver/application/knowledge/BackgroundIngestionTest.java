package org.botserver.application.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import org.botserver.application.bot.TestBots;
import org.botserver.application.bot.UnknownBotException;
import org.botserver.domain.basic.SourceFile;
import org.botserver.domain.bot.Bot;
import org.botserver.domain.bot.BotConfig;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.bot.BotLoad;
import org.botserver.domain.bot.BotPackage;
import org.junit.jupiter.api.Test;

class BackgroundIngestionTest {

    private final KnowledgeFixture kb = new KnowledgeFixture()
            .document("returns.md", "Returns are accepted.").document("image.bin", "\u0000");
    private final Queue<Runnable> queued = new ArrayDeque<>();
    private final Bot shop = shop();
    private final KnowledgeIngestionService service = new KnowledgeIngestionService(kb.ingestion, kb.registry,
            TestBots.catalog(shop), queued::add);

    private static Bot shop() {
        var source = new BotPackage(new BotId("shop"), "v1", List.of(new SourceFile("shop.gbdialog/start.bas", "TALK \"hi\"")),
                BotConfig.empty(), List.of(), Optional.empty(), List.of("faq"));
        return switch (Bot.load(source, Instant.EPOCH)) {
            case BotLoad.Loaded(Bot bot) -> bot;
            case BotLoad.Rejected rejected -> throw new AssertionError(rejected.problems());
        };
    }

    @Test
    void a_queued_run_shows_as_running_and_a_second_request_is_not_queued_beside_it() {
        service.ingestInBackground(shop);
        service.ingestInBackground(shop);

        assertEquals(1, queued.size());
        assertTrue(service.status(shop.id()).getFirst().running());
    }

    @Test
    void a_change_asked_for_during_a_run_is_ingested_by_one_more_run_after_it() {
        service.ingestInBackground(shop);
        service.ingestInBackground(shop);
        queued.poll().run();

        assertEquals(1, queued.size());
        assertTrue(service.status(shop.id()).getFirst().running());
        queued.poll().run();
        assertEquals(0, queued.size());
    }

    @Test
    void a_finished_run_shows_documents_chunks_and_failures_per_collection() {
        service.ingestInBackground(shop);
        queued.poll().run();

        KnowledgeStatus status = service.status(shop.id()).getFirst();
        assertEquals("faq", status.collection());
        assertEquals(false, status.running());
        assertEquals(2, status.documentsTotal());
        assertEquals(1, status.chunks());
        assertEquals("image.bin", status.failures().getFirst().path());
    }

    @Test
    void the_status_of_a_bot_not_loaded_is_refused() {
        assertThrows(UnknownBotException.class, () -> service.status(new BotId("nobody")));
    }
}
