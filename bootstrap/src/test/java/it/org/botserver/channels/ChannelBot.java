package it.org.botserver.channels;

import it.org.botserver.ServerClient;
import it.org.botserver.security.TokenMint;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A hello-like bot with a menu, deployed on the running server through the admin API with a config.csv that
 * enables its channels and points them at the test's fake provider; removed again after the test class.
 */
final class ChannelBot {

    static final String DIALOG = """
            TALK "Hello! I am the channel bot. What is your name?"
            HEAR name
            TALK "Nice to meet you, ${name}! Which plan?"
            HEAR plan AS "Free", "Pro"
            TALK "You chose ${plan}."
            """;

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ChannelBot() {
    }

    /** Deploys the bot with these config.csv rows (key, value, ...). */
    static void deploy(String botId, String... config) {
        StringBuilder csv = new StringBuilder("name,value\n");
        for (int i = 0; i < config.length; i += 2) csv.append(config[i]).append(',').append(config[i + 1]).append('\n');
        byte[] zip = zip(botId + ".gbai/" + botId + ".gbdialog/start.bas", DIALOG,
                botId + ".gbai/" + botId + ".gbot/config.csv", csv.toString());
        int status = send(HttpRequest.newBuilder(ServerClient.uri("/api/bots")).header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(zip)));
        if (status != 200 && status != 201) throw new AssertionError("deploying " + botId + " answered " + status);
    }

    static void remove(String botId) {
        send(HttpRequest.newBuilder(ServerClient.uri("/api/bots/" + botId)).DELETE());
    }

    /** A user id no earlier run used: conversations and delivery ids stay in the server's database between runs. */
    static long freshNumber() {
        return 5_500_000_000_000L + ThreadLocalRandom.current().nextLong(100_000_000_000L);
    }

    private static byte[] zip(String... namesAndTexts) {
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

    private static int send(HttpRequest.Builder request) {
        ServerClient.awaitReady();
        request.header("Authorization", "Bearer " + TokenMint.token("operator", "admin"));
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
