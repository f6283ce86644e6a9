package org.botserver.adapter.out.llm.anthropic;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.anthropic.core.http.StreamResponse;
import com.anthropic.errors.AnthropicIoException;
import com.anthropic.errors.AnthropicServiceException;
import com.anthropic.errors.SseException;
import com.anthropic.models.messages.RawMessageStreamEvent;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.botserver.adapter.out.llm.FailureKinds;
import org.botserver.adapter.out.llm.WatchedStream;
import org.botserver.application.conversation.ReplyStream;
import org.botserver.application.llm.LanguageModel;
import org.botserver.application.llm.LlmReply;
import org.botserver.application.llm.LlmRequest;
import org.botserver.application.llm.LlmSettings;

/** Anthropic's Messages API with streamed events and tool use, through the official SDK. */
public final class AnthropicLanguageModel implements LanguageModel, AutoCloseable {

    private record ClientKey(String url, Optional<String> key, Duration timeout, int retries) {
    }

    private final Map<ClientKey, AnthropicClient> clients = new ConcurrentHashMap<>();

    @Override
    public LlmReply complete(LlmRequest request, ReplyStream stream) {
        EventReader reader = new EventReader(stream);
        try (WatchedStream<RawMessageStreamEvent> events = WatchedStream.start(stream, sink -> {
            try (StreamResponse<RawMessageStreamEvent> response =
                         client(request.settings()).messages().createStreaming(AnthropicRequests.of(request))) {
                response.stream().forEach(sink);
            }
        })) {
            return reader.read(events);
        } catch (WatchedStream.ClientGone e) {
            return new LlmReply.Failure(LlmReply.Kind.CANCELLED, e.getMessage());
        } catch (SseException e) {
            // An error event in the middle of the stream (overloaded_error, api_error): the answer did not come.
            return new LlmReply.Failure(LlmReply.Kind.UNAVAILABLE, "error event in the stream: " + e.getMessage());
        } catch (AnthropicServiceException e) {
            return new LlmReply.Failure(FailureKinds.ofStatus(e.statusCode()), "HTTP " + e.statusCode() + ": " + e.getMessage());
        } catch (AnthropicIoException e) {
            return new LlmReply.Failure(FailureKinds.ofBrokenStream(reader.started()), e.getMessage());
        } catch (RuntimeException e) {
            return new LlmReply.Failure(FailureKinds.ofBrokenStream(reader.started()), e.toString());
        }
    }

    private AnthropicClient client(LlmSettings settings) {
        var key = new ClientKey(settings.url().toString(), settings.key(), settings.timeout(), settings.maxRetries());
        return clients.computeIfAbsent(key, k -> AnthropicOkHttpClient.builder()
                .baseUrl(k.url()).apiKey(k.key().orElse("none")).timeout(k.timeout()).maxRetries(k.retries())
                .build());
    }

    @Override
    public void close() {
        clients.values().forEach(AnthropicClient::close);
        clients.clear();
    }
}
