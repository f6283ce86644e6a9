package it.org.botserver.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.botserver.ServerClient;
import it.org.botserver.ServerClient.Reply;
import jakarta.json.JsonString;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * THINK KB on the running server: a dialog that uses its knowledge base gets the hits as BASIC objects and
 * talks about them; a dialog that uses none is told to.
 */
class ThinkKbIT {

    /** The first ingestion may load the embedding model too; generous for a loaded build machine. */
    private static final Duration WITHIN = Duration.ofSeconds(120);

    private final ServerClient server = new ServerClient();

    private static Path botsDir() {
        return Path.of(System.getProperty("it.bots.dir", "target/it-bots"));
    }

    private static Path writeBot(String bot, String start) throws IOException {
        Path root = botsDir().resolve(bot + ".gbai");
        Path faq = root.resolve(bot + ".gbkb/faq");
        Files.createDirectories(faq);
        Files.createDirectories(root.resolve(bot + ".gbdialog"));
        Files.writeString(faq.resolve("returns.md"), "# Returns\nYou can return any product within 30 days of delivery for a full refund.");
        Files.writeString(faq.resolve("shipping.md"), "# Shipping\nParcels leave our warehouse in Porto every weekday.");
        Files.writeString(root.resolve(bot + ".gbdialog/start.bas"), start);
        return root;
    }

    private boolean indexed(String bot) throws InterruptedException {
        ServerClient.awaitReady(); // the server's own start does not count against the indexing time
        Instant deadline = Instant.now().plus(WITHIN);
        while (Instant.now().isBefore(deadline)) {
            Reply status = server.get("/api/kb/" + bot + "/status");
            if (status.status() == 200 && !status.array().isEmpty() && !status.array().getJsonObject(0).getBoolean("running")
                    && status.array().getJsonObject(0).getInt("documents_done") == 2) {
                return true;
            }
            Thread.sleep(500);
        }
        return false;
    }

    private List<String> start(String bot) {
        Reply started = server.postJson("/api/conversations/start", "{\"bot_id\":\"" + bot + "\"}");
        assertEquals(201, started.status(), started.body());
        return started.json().getJsonArray("replies").stream()
                .map(reply -> reply.asJsonObject().getString("content")).toList();
    }

    @Test
    void a_dialog_gets_the_hits_of_its_knowledge_base_as_objects() throws Exception {
        String bot = "think-" + UUID.randomUUID().toString().substring(0, 8);
        Path root = writeBot(bot, """
                USE KB "faq"
                hits = THINK KB "how many days do I have to return a product", 2
                TALK "hits: " & LEN(hits)
                TALK hits[0].source
                IF hits[0].score > 0 AND ISNULL(hits[0].page) THEN TALK "scored, no page"
                TALK hits[0].content
                """);
        try {
            assertTrue(indexed(bot), "not indexed within " + WITHIN);

            List<String> replies = start(bot);

            assertEquals("hits: 2", replies.get(0), replies.toString());
            assertEquals("faq/returns.md", replies.get(1), replies.toString());
            assertEquals("scored, no page", replies.get(2), replies.toString());
            assertTrue(replies.get(3).contains("within 30 days"), replies.toString());
        } finally {
            deleteQuietly(root);
        }
    }

    @Test
    void a_dialog_that_uses_no_knowledge_base_is_told_to_use_one() throws Exception {
        String bot = "think-" + UUID.randomUUID().toString().substring(0, 8);
        Path root = writeBot(bot, "hits = THINK KB \"returns\"\nTALK \"never\"\n");
        try {
            assertTrue(indexed(bot), "not indexed within " + WITHIN);

            Reply started = server.postJson("/api/conversations/start", "{\"bot_id\":\"" + bot + "\"}");

            assertEquals(201, started.status(), started.body());
            assertTrue(started.body().contains("something went wrong"), started.body());
            assertTrue(started.json().getJsonArray("replies").stream().map(r -> r.asJsonObject().get("content"))
                    .map(v -> ((JsonString) v).getString()).noneMatch("never"::equals), started.body());
        } finally {
            deleteQuietly(root);
        }
    }

    private static void deleteQuietly(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
