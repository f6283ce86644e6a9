package it.org.botserver.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.botserver.ServerClient;
import it.org.botserver.ServerClient.Reply;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Deploying bots needs the role admin or bot-author, deleting them the role admin; refusals are problems. */
class BotRolesIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final String bot = "roles_" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void a_bot_author_deploys_a_bot_but_may_not_delete_it() {
        assertEquals(201, deploy(TokenMint.token("ada", "bot-author")).status());

        Reply refused = delete(TokenMint.token("ada", "bot-author"));

        assertProblem(403, refused);
        assertEquals(200, new ServerClient().get("/api/bots/" + bot).status(), "the bot is still there");
        assertEquals(204, delete(TokenMint.token("root", "admin")).status());
    }

    @Test
    void an_admin_deploys_and_deletes_a_bot() {
        assertEquals(201, deploy(TokenMint.token("root", "admin")).status());
        assertEquals(204, delete(TokenMint.token("root", "admin")).status());
        assertEquals(404, new ServerClient().get("/api/bots/" + bot).status());
    }

    @Test
    void a_user_may_neither_deploy_nor_delete() {
        assertProblem(403, deploy(TokenMint.token("bob", "user")));
        assertProblem(403, delete(TokenMint.token("bob", "user")));
        assertEquals(404, new ServerClient().get("/api/bots/" + bot).status(), "nothing was deployed");
    }

    @Test
    void without_a_token_deploying_and_deleting_are_401_problems() {
        Reply deploy = deploy(null);

        assertProblem(401, deploy);
        assertProblem(401, delete(null));
        assertEquals(404, new ServerClient().get("/api/bots/" + bot).status(), "nothing was deployed");
    }

    private static void assertProblem(int status, Reply reply) {
        assertEquals(status, reply.status(), reply.body());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        assertEquals(status, reply.json().getInt("status"), reply.body());
    }

    private Reply deploy(String bearer) {
        return send(HttpRequest.newBuilder(ServerClient.uri("/api/bots")).header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(zip())), bearer);
    }

    private Reply delete(String bearer) {
        return send(HttpRequest.newBuilder(ServerClient.uri("/api/bots/" + bot)).DELETE(), bearer);
    }

    private static Reply send(HttpRequest.Builder request, String bearer) {
        ServerClient.awaitReady();
        if (bearer != null) request.header("Authorization", "Bearer " + bearer);
        try {
            HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private byte[] zip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(bot + ".gbai/" + bot + ".gbdialog/start.bas"));
            zip.write("TALK \"roles\"".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
