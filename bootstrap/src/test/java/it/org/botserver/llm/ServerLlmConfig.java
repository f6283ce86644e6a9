package it.org.botserver.llm;

import it.org.botserver.ServerClient;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Sets the running server's language model as an operator would, through server.xml variables (a file in
 * configDropins/overrides), and waits until the assistant bot's answers show the server has picked it up.
 */
final class ServerLlmConfig {

    static final String NOT_CONFIGURED = "no language model is configured";
    private static final Duration APPLIED_WITHIN = Duration.ofSeconds(60);

    private ServerLlmConfig() {
    }

    private static Path dropin() {
        return Path.of(System.getProperty("it.server.dir"), "usr", "servers", System.getProperty("it.server.name"),
                "configDropins", "overrides", "llm-it.xml");
    }

    /** Writes the variables (llm.url, llm.model...) and waits until a fresh conversation's answer passes {@code applied}. */
    static void set(Map<String, String> variables, Predicate<String> applied) {
        StringBuilder xml = new StringBuilder("<server>\n");
        variables.forEach((name, value) -> xml.append("    <variable name=\"").append(name).append("\" value=\"")
                .append(value).append("\"/>\n"));
        write(xml.append("</server>\n").toString());
        awaitAnswer(applied);
    }

    /** Removes the variables again, leaving the server without a language model as the other tests expect. */
    static void clear() {
        try {
            Files.deleteIfExists(dropin());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitAnswer(answer -> answer.contains(NOT_CONFIGURED));
    }

    private static void write(String xml) {
        try {
            Path file = dropin();
            Files.createDirectories(file.getParent());
            Path partial = file.resolveSibling("llm-it.partial");
            Files.writeString(partial, xml);
            // Whole or not at all: the server polls the folder and must never read half a file.
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void awaitAnswer(Predicate<String> applied) {
        ServerClient server = new ServerClient();
        Instant deadline = Instant.now().plus(APPLIED_WITHIN);
        String last = "";
        while (Instant.now().isBefore(deadline)) {
            last = answerTo(server, "ping");
            if (applied.test(last)) return;
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("the server did not pick up the language model settings within " + APPLIED_WITHIN
                + "; it last answered: " + last);
    }

    /** Starts a conversation with the assistant and returns its last answer to the text. */
    static String answerTo(ServerClient server, String text) {
        String id = server.postJson("/api/conversations/start", "{\"bot_id\":\"assistant\"}").json().getString("conversation_id");
        JsonObject answered = server.postJson("/api/conversations/" + id + "/messages",
                "{\"content\":" + ServerClient.quote(text) + "}").json();
        var replies = answered.getJsonArray("replies");
        return replies.isEmpty() ? "" : replies.getJsonObject(replies.size() - 1).getString("content");
    }
}
