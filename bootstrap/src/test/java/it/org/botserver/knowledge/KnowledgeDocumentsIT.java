package it.org.botserver.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.botserver.ServerClient;
import it.org.botserver.ServerClient.Reply;
import it.org.botserver.security.TokenMint;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Documents uploaded into a knowledge base over REST on the running server, raw or as a multipart form: an author's
 * upload is indexed and found by search, an admin's delete takes it out at once; callers without the role, names
 * that leave the folder and files over the size cap are refused.
 */
class KnowledgeDocumentsIT {

    /** The first ingestion may load the embedding model too; generous for a loaded build machine. */
    private static final Duration WITHIN = Duration.ofSeconds(120);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final ServerClient anonymous = new ServerClient();
    private final ServerClient author = new ServerClient().withBearer(TokenMint.token("ana", "bot-author"));
    private final ServerClient admin = new ServerClient().withBearer(TokenMint.token("ops", "admin"));
    private final ServerClient user = new ServerClient().withBearer(TokenMint.token("bob", "user"));

    private static Path botsDir() {
        return Path.of(System.getProperty("it.bots.dir", "target/it-bots"));
    }

    private boolean indexedDocuments(String bot, int count) throws InterruptedException {
        ServerClient.awaitReady();
        Instant deadline = Instant.now().plus(WITHIN);
        while (Instant.now().isBefore(deadline)) {
            Reply status = anonymous.get("/api/kb/" + bot + "/status");
            if (status.status() == 200 && !status.array().isEmpty() && !status.array().getJsonObject(0).getBoolean("running")
                    && status.array().getJsonObject(0).getInt("documents_done") == count) {
                return true;
            }
            Thread.sleep(500);
        }
        return false;
    }

    private String search(String bot, String question) {
        Reply found = anonymous.get("/api/kb/" + bot + "/faq/search?q=" + URLEncoder.encode(question, StandardCharsets.UTF_8));
        assertEquals(200, found.status(), found.body());
        return found.body();
    }

    private static int delete(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(ServerClient.uri(path)).DELETE();
        if (token != null) request.header("Authorization", "Bearer " + token);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void an_uploaded_document_becomes_searchable_and_a_deleted_one_is_gone() throws Exception {
        String bot = "docs-" + UUID.randomUUID().toString().substring(0, 8);
        Path root = botsDir().resolve(bot + ".gbai");
        Files.createDirectories(root.resolve(bot + ".gbkb/faq"));
        Files.createDirectories(root.resolve(bot + ".gbdialog"));
        Files.writeString(root.resolve(bot + ".gbkb/faq/returns.md"), "# Returns\nReturns are accepted within 30 days of delivery.");
        Files.writeString(root.resolve(bot + ".gbdialog/start.bas"), "USE KB \"faq\"\nTALK \"Ask me\"\n");
        String documents = "/api/kb/" + bot + "/faq/documents";
        try {
            assertTrue(indexedDocuments(bot, 1), "the first document was not indexed within " + WITHIN);

            Reply uploaded = author.post(documents + "?name=warranty.md", "text/markdown",
                    "# Warranty\nEvery kettle carries a warranty of two years against defects.");

            assertEquals(201, uploaded.status(), uploaded.body());
            assertEquals("warranty.md", uploaded.json().getString("id"));
            assertTrue(Files.exists(root.resolve(bot + ".gbkb/faq/warranty.md")));
            assertTrue(indexedDocuments(bot, 2), "the upload was not indexed within " + WITHIN);
            assertTrue(search(bot, "kettle warranty years").contains("faq/warranty.md"));

            assertEquals(403, delete(documents + "/warranty.md", TokenMint.token("ana", "bot-author")));
            assertEquals(204, delete(documents + "/warranty.md", TokenMint.token("ops", "admin")));

            assertTrue(!search(bot, "kettle warranty years").contains("faq/warranty.md"), "still found after the delete");
            assertTrue(Files.notExists(root.resolve(bot + ".gbkb/faq/warranty.md")));
            assertEquals(404, delete(documents + "/warranty.md", TokenMint.token("ops", "admin")));
        } finally {
            deleteQuietly(root);
        }
    }

    @Test
    void callers_without_a_role_that_may_upload_are_refused() {
        assertEquals(401, anonymous.post("/api/kb/hello/faq/documents?name=x.md", "text/plain", "x").status());
        assertEquals(403, user.post("/api/kb/hello/faq/documents?name=x.md", "text/plain", "x").status());
    }

    @Test
    void a_name_that_leaves_the_collection_folder_is_a_400_problem() {
        Reply refused = admin.post("/api/kb/hello/faq/documents?name=" + URLEncoder.encode("../../hello.gbdialog/start.bas",
                StandardCharsets.UTF_8), "text/plain", "TALK \"pwned\"");

        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.json().getString("detail").contains("no folders"), refused.body());
    }

    /** A multipart form with one part per (file name, content) pair, each part named file. */
    private static String form(String boundary, String... namesAndContents) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < namesAndContents.length; i += 2) {
            body.append("--").append(boundary).append("\r\n")
                    .append("Content-Disposition: form-data; name=\"file\"; filename=\"").append(namesAndContents[i]).append("\"\r\n")
                    .append("Content-Type: text/markdown\r\n\r\n").append(namesAndContents[i + 1]).append("\r\n");
        }
        return body.append("--").append(boundary).append("--\r\n").toString();
    }

    private static final String BOUNDARY = "kb-form-boundary-7f3a";
    private static final String FORM = "multipart/form-data; boundary=" + BOUNDARY;

    @Test
    void a_form_with_two_files_stores_both_and_both_become_searchable() throws Exception {
        String bot = "form-" + UUID.randomUUID().toString().substring(0, 8);
        Path root = botsDir().resolve(bot + ".gbai");
        Files.createDirectories(root.resolve(bot + ".gbkb/faq"));
        Files.createDirectories(root.resolve(bot + ".gbdialog"));
        Files.writeString(root.resolve(bot + ".gbkb/faq/returns.md"), "# Returns\nReturns are accepted within 30 days of delivery.");
        Files.writeString(root.resolve(bot + ".gbdialog/start.bas"), "USE KB \"faq\"\nTALK \"Ask me\"\n");
        try {
            assertTrue(indexedDocuments(bot, 1), "the first document was not indexed within " + WITHIN);

            Reply uploaded = author.post("/api/kb/" + bot + "/faq/documents", FORM, form(BOUNDARY,
                    "kettle.md", "# Kettle\nThe kettle boils a litre of water in ninety seconds.",
                    "toaster.md", "# Toaster\nThe toaster has six browning levels and a defrost button."));

            assertEquals(201, uploaded.status(), uploaded.body());
            assertEquals(2, uploaded.array().size(), uploaded.body());
            assertEquals("kettle.md", uploaded.array().getJsonObject(0).getString("id"));
            assertTrue(Files.exists(root.resolve(bot + ".gbkb/faq/toaster.md")));
            assertTrue(indexedDocuments(bot, 3), "the form's documents were not indexed within " + WITHIN);
            assertTrue(search(bot, "toaster browning levels").contains("faq/toaster.md"));

            Reply again = author.post("/api/kb/" + bot + "/faq/documents", FORM, form(BOUNDARY, "kettle.md", "# Kettle\nNow two litres."));
            assertEquals(200, again.status(), again.body());
            assertTrue(again.array().getJsonObject(0).getBoolean("replaced"), again.body());
        } finally {
            deleteQuietly(root);
        }
    }

    @Test
    void a_form_with_a_file_name_leaving_the_folder_is_a_400_problem_and_stores_nothing() {
        Reply refused = admin.post("/api/kb/hello/faq/documents", FORM,
                form(BOUNDARY, "fine.md", "fine", "../../hello.gbdialog/start.bas", "TALK \"pwned\""));

        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
        assertTrue(refused.json().getString("detail").contains("no folders"), refused.body());
        assertTrue(Files.notExists(botsDir().resolve("hello.gbai/hello.gbkb/faq/fine.md")), "the good part was stored");
    }

    @Test
    void a_form_with_a_file_over_ten_mebibytes_is_a_413_problem() {
        Reply refused = admin.post("/api/kb/hello/faq/documents", FORM, form(BOUNDARY, "huge.md", "x".repeat(10 * 1024 * 1024 + 1)));

        assertEquals(413, refused.status(), refused.body());
        assertTrue(refused.json().getString("detail").contains("'huge.md'"), refused.body());
    }

    @Test
    void a_form_from_a_caller_without_an_upload_role_is_refused() {
        assertEquals(401, anonymous.post("/api/kb/hello/faq/documents", FORM, form(BOUNDARY, "x.md", "x")).status());
        assertEquals(403, user.post("/api/kb/hello/faq/documents", FORM, form(BOUNDARY, "x.md", "x")).status());
    }

    @Test
    void a_form_sent_in_chunks_past_fifty_mebibytes_is_cut_off_with_a_413() throws Exception {
        // No length announced: the server must count the stream itself. Five parts just under the 10 MiB file cap
        // pass 50 MiB by a few hundred bytes, so the client has sent nearly all when the server stops reading.
        String part = form(BOUNDARY, "part.md", "y".repeat(10 * 1024 * 1024 - 60));
        String head = part.substring(0, part.lastIndexOf("--" + BOUNDARY + "--"));
        byte[] oneFile = head.getBytes(StandardCharsets.US_ASCII);
        java.io.InputStream endless = new java.io.SequenceInputStream(java.util.Collections.enumeration(
                java.util.stream.IntStream.range(0, 5).mapToObj(i -> (java.io.InputStream) new java.io.ByteArrayInputStream(oneFile)).toList()));
        HttpRequest request = HttpRequest.newBuilder(ServerClient.uri("/api/kb/hello/faq/documents"))
                .header("Authorization", "Bearer " + TokenMint.token("ops", "admin")).header("Content-Type", FORM)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> endless)).build();

        HttpResponse<String> answer = HTTP.send(request, HttpResponse.BodyHandlers.ofString());

        assertEquals(413, answer.statusCode(), answer.body());
    }

    private static void deleteQuietly(Path dir) throws IOException {
        if (Files.notExists(dir)) return;
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
