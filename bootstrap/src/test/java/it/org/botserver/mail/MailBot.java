package it.org.botserver.mail;

import it.org.botserver.security.TokenMint;
import it.org.botserver.ServerClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** A bot whose start dialog sends a mail, deployed through the admin API with the config.csv rows a test gives. */
final class MailBot {

    static final String DIALOG = """
            ok = SEND MAIL "ana@example.com", "Welcome to the shop", "Hello Ana, thanks for visiting."
            TALK "mail queued: " & ok
            """;

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private MailBot() {
    }

    static String adminAuthorization() {
        return "Bearer " + TokenMint.token("operator", "admin");
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
        request.header("Authorization", adminAuthorization());
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
