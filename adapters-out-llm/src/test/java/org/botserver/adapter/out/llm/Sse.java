package org.botserver.adapter.out.llm;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.botserver.application.conversation.ReplyStream;
import org.botserver.application.llm.LlmSettings;

/** Server-sent event bodies as the providers write them, the settings that point at the test server, and a chunk sink. */
public final class Sse {

    private Sse() {
    }

    /** {@code data: …} lines, each followed by a blank line. */
    public static String data(String... events) {
        StringBuilder body = new StringBuilder();
        for (String event : events) body.append("data: ").append(event).append("\n\n");
        return body.toString();
    }

    /** Named events ({@code event: name} then {@code data: …}), given as name, data, name, data… */
    public static String events(String... nameThenData) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < nameThenData.length; i += 2) {
            body.append("event: ").append(nameThenData[i]).append("\ndata: ").append(nameThenData[i + 1]).append("\n\n");
        }
        return body.toString();
    }

    public static LlmSettings settings(LlmSettings.Provider provider, String baseUrl, int retries) {
        return new LlmSettings(provider, URI.create(baseUrl), Optional.of("test-key"), "test-model", 0.3, 256,
                Optional.empty(), Optional.empty(), Duration.ofSeconds(10), retries, 5, 10, 8192);
    }

    /** Keeps the chunks it is given; can pretend the client went away after some of them. */
    public static final class Chunks implements ReplyStream {
        public final List<String> received = new ArrayList<>();
        private final int cancelAfter;

        public Chunks() {
            this(Integer.MAX_VALUE);
        }

        public Chunks(int cancelAfter) {
            this.cancelAfter = cancelAfter;
        }

        @Override public void chunk(String delta) { received.add(delta); }

        @Override public boolean cancelled() { return received.size() >= cancelAfter; }
    }
}
