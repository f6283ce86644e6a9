package it.org.botserver.bots;

import it.org.botserver.ServerClient;
import it.org.botserver.ServerClient.Reply;
import it.org.botserver.security.TokenMint;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Deploys, deletes and edits bots on the test server: through the admin API with an admin's bearer token, or straight in its bots folder. */
public final class BotAdmin {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public static Path botsDir() {
        return Path.of(System.getProperty("it.bots.dir", "target/it-bots"));
    }

    /** A bearer token of an operator with the admin role, minted by the tests' OIDC provider. */
    public static String token() {
        return TokenMint.token("operator", "admin");
    }

    /** A zip of entry name/text pairs. */
    public static byte[] zip(String... namesAndTexts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndTexts.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndTexts[i]));
                zip.write(namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public Reply upload(byte[] zip, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(ServerClient.uri("/api/bots"))
                .header("Content-Type", "application/zip").POST(HttpRequest.BodyPublishers.ofByteArray(zip));
        if (authorization != null) request.header("Authorization", authorization);
        return send(request);
    }

    public Reply upload(byte[] zip) {
        return upload(zip, "Bearer " + token());
    }

    public Reply delete(String botId) {
        return send(HttpRequest.newBuilder(ServerClient.uri("/api/bots/" + botId)).DELETE()
                .header("Authorization", "Bearer " + token()));
    }

    /** Deploys a bot of one start dialog and these config.csv rows (key, value, ...); a refusal fails the test. */
    public static void deploy(String botId, String startDialog, String... config) {
        StringBuilder csv = new StringBuilder("name,value\n");
        for (int i = 0; i < config.length; i += 2) csv.append(config[i]).append(',').append(config[i + 1]).append('\n');
        Reply deployed = new BotAdmin().upload(zip(botId + ".gbai/" + botId + ".gbdialog/start.bas", startDialog,
                botId + ".gbai/" + botId + ".gbot/config.csv", csv.toString()));
        if (deployed.status() != 200 && deployed.status() != 201) {
            throw new AssertionError("deploying " + botId + " answered " + deployed.status() + ": " + deployed.body());
        }
    }

    /** Removes the bot, if it is there. */
    /**
     * {@code GET /api/bots/{id}} until the answer passes the check or the time is up (the test server polls its
     * bots folder every second); the last answer either way.
     */
    public static Reply awaitBot(String botId, Duration within, Predicate<Reply> until) throws InterruptedException {
        ServerClient server = new ServerClient();
        Instant deadline = Instant.now().plus(within);
        Reply reply = server.get("/api/bots/" + botId);
        while (!until.test(reply) && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            reply = server.get("/api/bots/" + botId);
        }
        return reply;
    }

    public static void remove(String botId) {
        new BotAdmin().delete(botId);
    }

    private Reply send(HttpRequest.Builder request) {
        // Alone in a run, this class may send the first request, before the application has loaded.
        ServerClient.awaitReady();
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
