package org.botserver.adapter.out.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.botserver.adapter.out.llm.anthropic.AnthropicLanguageModel;
import org.botserver.adapter.out.llm.openai.OpenAiLanguageModel;
import org.botserver.application.conversation.ReplyStream;
import org.botserver.application.llm.ChatEntry;
import org.botserver.application.llm.LanguageModel;
import org.botserver.application.llm.LlmReply;
import org.botserver.application.llm.LlmRequest;
import org.botserver.application.llm.LlmSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A provider still thinking about its first byte while the user closes the chat: the request is closed then,
 * not when (or if) the provider starts answering. The fake provider reads the request, never answers, and
 * reports when the client hangs up.
 */
class CancelBeforeFirstByteTest {

    private ServerSocket provider;
    private final CompletableFuture<Boolean> asked = new CompletableFuture<>();
    private final CompletableFuture<Boolean> hungUp = new CompletableFuture<>();

    @BeforeEach
    void startAProviderThatNeverAnswers() throws IOException {
        provider = new ServerSocket(0);
        Thread.ofVirtual().start(() -> {
            try (Socket socket = provider.accept(); InputStream in = socket.getInputStream()) {
                byte[] buffer = new byte[8192];
                while (in.read(buffer) >= 0) {
                    // Reads the request and whatever else comes, answering nothing, until the client closes.
                    asked.complete(true);
                }
                hungUp.complete(true);
            } catch (IOException e) {
                hungUp.complete(true);
            }
        });
    }

    @AfterEach
    void stopTheProvider() throws IOException {
        provider.close();
    }

    /** A user who leaves once the provider has the question, long before its first byte. */
    private final class LeavesOnceAsked implements ReplyStream {
        @Override public void chunk(String delta) {}

        @Override public boolean cancelled() { return asked.isDone(); }
    }

    private LlmReply ask(LanguageModel model, LlmSettings.Provider kind) {
        return model.complete(new LlmRequest(Sse.settings(kind, "http://127.0.0.1:" + provider.getLocalPort(), 0),
                "sys", List.of(new ChatEntry.User("Hi")), List.of()), new LeavesOnceAsked());
    }

    @Test
    void an_openai_request_is_closed_when_the_user_leaves_before_the_first_byte() throws Exception {
        try (OpenAiLanguageModel model = new OpenAiLanguageModel()) {
            assertEquals(LlmReply.Kind.CANCELLED, assertInstanceOf(LlmReply.Failure.class,
                    ask(model, LlmSettings.Provider.OPENAI)).kind());
            assertTrue(providerSawTheHangUp());
        }
    }

    @Test
    void an_anthropic_request_is_closed_when_the_user_leaves_before_the_first_byte() throws Exception {
        try (AnthropicLanguageModel model = new AnthropicLanguageModel()) {
            assertEquals(LlmReply.Kind.CANCELLED, assertInstanceOf(LlmReply.Failure.class,
                    ask(model, LlmSettings.Provider.ANTHROPIC)).kind());
            assertTrue(providerSawTheHangUp());
        }
    }

    /** Waits well past the polling, yet short of the 10 s request timeout that would also close the connection. */
    private boolean providerSawTheHangUp() throws InterruptedException, ExecutionException {
        try {
            return hungUp.get(5, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            return false;
        }
    }
}
