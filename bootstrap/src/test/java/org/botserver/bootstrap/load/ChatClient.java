package org.botserver.bootstrap.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The REST calls of a web chat client: start a conversation, send it a message. */
final class ChatClient implements AutoCloseable {

    /** A started conversation and the token every message to it carries. */
    record Chat(String id, String token) {}

    /** A message's answer: its HTTP status, and whether the dialog answered and waits in HEAR again. */
    record Answer(int status, boolean awaitingInput) {}

    private static final Pattern ID = Pattern.compile("\"conversation_id\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern TOKEN = Pattern.compile("\"conversation_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final URI server;
    private final HttpClient http;

    ChatClient(URI server) {
        this.server = server;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newVirtualThreadPerTaskExecutor()).connectTimeout(TIMEOUT).build();
    }

    Chat start(String bot) throws IOException, InterruptedException {
        HttpResponse<String> response = post("/api/conversations/start", "{\"bot_id\":\"" + bot + "\"}", null);
        if (response.statusCode() != 201) {
            throw new IOException("Starting a conversation with bot '" + bot + "' answered " + response.statusCode()
                    + ": " + response.body());
        }
        return new Chat(field(ID, response.body()), field(TOKEN, response.body()));
    }

    Answer send(Chat chat, String text) throws IOException, InterruptedException {
        HttpResponse<String> response = post("/api/conversations/" + chat.id() + "/messages",
                "{\"content\":\"" + text + "\"}", chat.token());
        return new Answer(response.statusCode(), response.body().contains("\"awaiting_input\""));
    }

    private HttpResponse<String> post(String path, String json, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.resolve(path)).timeout(TIMEOUT)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) request.header("X-Conversation-Token", token);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String field(Pattern pattern, String json) throws IOException {
        Matcher found = pattern.matcher(json);
        if (!found.find()) throw new IOException("The start answer lacks " + pattern.pattern() + ": " + json);
        return found.group(1);
    }

    @Override
    public void close() {
        http.close();
    }
}
