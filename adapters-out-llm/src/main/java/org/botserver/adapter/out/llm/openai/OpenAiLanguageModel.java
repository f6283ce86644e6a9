package org.botserver.adapter.out.llm.openai;

import com.openai.azure.AzureOpenAIServiceVersion;
import com.openai.azure.credential.AzureApiKeyCredential;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.http.StreamResponse;
import com.openai.errors.OpenAIIoException;
import com.openai.errors.OpenAIServiceException;
import com.openai.errors.SseException;
import com.openai.models.chat.completions.ChatCompletionChunk;
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

/**
 * OpenAI's Chat Completions with streamed chunks, through the official SDK: OpenAI itself and every server
 * that speaks the same API (Groq, Ollama, vLLM, llama.cpp, LM Studio), and Azure OpenAI when an api-version
 * is configured (its url is the resource endpoint and its model the deployment).
 */
public final class OpenAiLanguageModel implements LanguageModel, AutoCloseable {

    private record ClientKey(String url, Optional<String> key, Optional<String> apiVersion, Duration timeout, int retries) {
    }

    private final Map<ClientKey, OpenAIClient> clients = new ConcurrentHashMap<>();

    @Override
    public LlmReply complete(LlmRequest request, ReplyStream stream) {
        ChunkReader reader = new ChunkReader(stream);
        try (WatchedStream<ChatCompletionChunk> chunks = WatchedStream.start(stream, sink -> {
            try (StreamResponse<ChatCompletionChunk> response =
                         client(request.settings()).chat().completions().createStreaming(OpenAiRequests.of(request))) {
                response.stream().forEach(sink);
            }
        })) {
            return reader.read(chunks);
        } catch (WatchedStream.ClientGone e) {
            return new LlmReply.Failure(LlmReply.Kind.CANCELLED, e.getMessage());
        } catch (SseException e) {
            // An error event in the middle of the stream (e.g. the server overloaded): the answer did not come.
            return new LlmReply.Failure(LlmReply.Kind.UNAVAILABLE, "error event in the stream: " + e.getMessage());
        } catch (OpenAIServiceException e) {
            return new LlmReply.Failure(FailureKinds.ofStatus(e.statusCode()), "HTTP " + e.statusCode() + ": " + e.getMessage());
        } catch (OpenAIIoException e) {
            return new LlmReply.Failure(FailureKinds.ofBrokenStream(reader.started()), e.getMessage());
        } catch (RuntimeException e) {
            // Unreadable data from a server that only claims compatibility: reported, never thrown at the user.
            return new LlmReply.Failure(FailureKinds.ofBrokenStream(reader.started()), e.toString());
        }
    }

    private OpenAIClient client(LlmSettings settings) {
        var key = new ClientKey(settings.url().toString(), settings.key(), settings.apiVersion(), settings.timeout(),
                settings.maxRetries());
        return clients.computeIfAbsent(key, k -> {
            var builder = OpenAIOkHttpClient.builder().baseUrl(k.url()).timeout(k.timeout()).maxRetries(k.retries());
            if (k.apiVersion().isPresent()) {
                builder.azureServiceVersion(AzureOpenAIServiceVersion.fromString(k.apiVersion().get()))
                        .credential(AzureApiKeyCredential.create(k.key().orElse("")));
            } else {
                // Local servers (Ollama, llama.cpp) need no key, but the SDK insists on one being set.
                builder.apiKey(k.key().orElse("none"));
            }
            return builder.build();
        });
    }

    @Override
    public void close() {
        clients.values().forEach(OpenAIClient::close);
        clients.clear();
    }
}
