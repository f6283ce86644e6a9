package it.org.botserver.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.botserver.ServerClient;
import it.org.botserver.ServerClient.Reply;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A knowledge base on the running server: a package with a .gbkb folder dropped into storage is indexed in the
 * background (embedded Lucene index, in-process MiniLM embeddings), its status shows progress, and search finds
 * the document that answers, or searches only the document named by source=.
 */
class KnowledgeBaseIT {

    /** The first ingestion loads the embedding model too; generous for a loaded build machine. */
    private static final Duration WITHIN = Duration.ofSeconds(120);

    private final ServerClient server = new ServerClient();

    private static Path botsDir() {
        return Path.of(System.getProperty("it.bots.dir", "target/it-bots"));
    }

    private Reply awaitIndexed(String bot) throws InterruptedException {
        Instant deadline = Instant.now().plus(WITHIN);
        Reply reply = server.get("/api/kb/" + bot + "/status");
        while (!indexed(reply) && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            reply = server.get("/api/kb/" + bot + "/status");
        }
        return reply;
    }

    private static boolean indexed(Reply reply) {
        if (reply.status() != 200 || reply.array().isEmpty()) return false;
        JsonObject faq = reply.array().getJsonObject(0);
        return !faq.getBoolean("running") && faq.getInt("documents_done") == 3;
    }

    @Test
    void documents_dropped_into_a_collection_are_indexed_in_the_background_and_found_by_search() throws Exception {
        String bot = "kb-" + UUID.randomUUID().toString().substring(0, 8);
        Path root = botsDir().resolve(bot + ".gbai");
        Path faq = root.resolve(bot + ".gbkb/faq");
        Files.createDirectories(faq);
        Files.createDirectories(root.resolve(bot + ".gbdialog"));
        Files.writeString(faq.resolve("returns.md"), "# Returns\nYou can return any product within 30 days of delivery for a full refund.");
        Files.writeString(faq.resolve("offices.csv"), "city,address\nLisbon,Rua Augusta 10\nPorto,Avenida dos Aliados 5\n");
        Files.writeString(faq.resolve("broken.json"), "{\"unterminated\": ");
        Files.writeString(root.resolve(bot + ".gbdialog/start.bas"), "USE KB \"faq\"\nTALK \"Ask me\"\n");
        try {
            Reply status = awaitIndexed(bot);
            assertTrue(indexed(status), "not indexed within " + WITHIN + ": " + status.body());
            JsonObject collection = status.array().getJsonObject(0);
            assertEquals("faq", collection.getString("collection"));
            assertEquals(3, collection.getInt("chunks"), status.body());
            assertEquals("broken.json", collection.getJsonArray("failures").getJsonObject(0).getString("path"));

            Reply found = server.get("/api/kb/" + bot + "/faq/search?q=" + java.net.URLEncoder.encode(
                    "how many days do I have to return a product", java.nio.charset.StandardCharsets.UTF_8) + "&limit=2");

            assertEquals(200, found.status(), found.body());
            assertEquals(2, found.array().size(), found.body());
            JsonObject best = found.array().getJsonObject(0);
            assertEquals("faq/returns.md", best.getString("source"), found.body());
            assertTrue(best.getString("content").contains("within 30 days"), found.body());
            assertTrue(best.getJsonNumber("score").doubleValue() > 0, found.body());

            Reply narrowed = server.get("/api/kb/" + bot + "/faq/search?q=" + java.net.URLEncoder.encode(
                    "how many days do I have to return a product", java.nio.charset.StandardCharsets.UTF_8) + "&source=offices.csv");

            assertEquals(200, narrowed.status(), narrowed.body());
            assertTrue(!narrowed.array().isEmpty(), narrowed.body());
            assertTrue(narrowed.array().stream().allMatch(hit -> hit.asJsonObject().getString("document_path").equals("offices.csv")),
                    narrowed.body());
        } finally {
            deleteQuietly(root);
        }
    }

    @Test
    void a_search_narrowed_to_a_source_outside_the_collection_is_refused_plainly() {
        Reply refused = server.get("/api/kb/hello/faq/search?q=returns&source=..%2Fsecrets.md");

        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.json().getString("detail").contains("names no document or folder"), refused.body());
    }

    @Test
    void a_search_without_a_question_is_refused_plainly() {
        Reply refused = server.get("/api/kb/hello/faq/search?q=");

        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.json().getString("detail").contains("q parameter"), refused.body());
    }

    private static void deleteQuietly(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
