package org.botserver.application.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** A fake HTTP port: answers with the responses queued, in order, and records every request it was given. */
final class ScriptedHttpFetcher implements HttpFetcher {

    private static final Map<Integer, String> REASONS = Map.of(200, "OK", 201, "Created", 204, "No Content",
            404, "Not Found", 500, "Internal Server Error");

    final List<FetchRequest> requests = new ArrayList<>();
    private final Deque<Supplier<FetchResponse>> answers = new ArrayDeque<>();

    ScriptedHttpFetcher answer(int status, String contentType, String body) {
        answers.add(() -> new FetchResponse(status, REASONS.getOrDefault(status, ""), contentType,
                body.getBytes(StandardCharsets.UTF_8)));
        return this;
    }

    ScriptedHttpFetcher json(String body) {
        return answer(200, "application/json", body);
    }

    ScriptedHttpFetcher failWith(String reason) {
        answers.add(() -> {
            throw new HttpFetchException(reason);
        });
        return this;
    }

    @Override
    public FetchResponse fetch(FetchRequest request) {
        requests.add(request);
        if (answers.isEmpty()) throw new AssertionError("no answer scripted for " + request);
        return answers.poll().get();
    }

    FetchRequest last() {
        return requests.getLast();
    }

    String lastBody() {
        return new String(last().body(), StandardCharsets.UTF_8);
    }
}
