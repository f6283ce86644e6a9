package org.botserver.adapter.in.channel.http;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.botserver.application.channel.MediaTooLargeException;

/**
 * Calls a provider's HTTP API without blocking: each call waits for its pacing slot, and a 429, a 5xx or a
 * broken connection is tried again after the provider's Retry-After or the policy's back-off. Waits are
 * scheduled, never slept, so no thread is held while a call waits.
 */
public final class ProviderClient implements AutoCloseable {

    private final HttpClient http;
    private final Executor executor;
    private final RetryPolicy retries;
    private final Pacing pacing;
    private final Function<HttpResponse<String>, Optional<Duration>> retryAfter;

    /** {@code retryAfter} reads the provider's own "wait this long" from a 429 (a header, a JSON field...). */
    public ProviderClient(Executor executor, RetryPolicy retries, Pacing pacing,
                          Function<HttpResponse<String>, Optional<Duration>> retryAfter) {
        this.executor = executor;
        this.retries = retries;
        this.pacing = pacing;
        this.retryAfter = retryAfter;
        this.http = HttpClient.newBuilder().executor(executor).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** The Retry-After header in seconds, as HTTP defines it. */
    public static Optional<Duration> retryAfterHeader(HttpResponse<String> response) {
        return response.headers().firstValue("Retry-After").flatMap(ProviderClient::seconds);
    }

    static Optional<Duration> seconds(String text) {
        try {
            return Optional.of(Duration.ofSeconds(Long.parseLong(text.strip()))).filter(d -> !d.isNegative());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Sends the request under the pacing key; completes with the first 2xx/4xx answer, fails after the last retry. */
    public CompletableFuture<HttpResponse<String>> call(String pacingKey, HttpRequest request) {
        return attempt(pacingKey, request, 1);
    }

    /**
     * Fetches a file under the pacing key: its bytes when the provider answers 2xx, a ProviderCallFailed otherwise,
     * and a MediaTooLargeException as soon as the body passes {@code maxBytes}. Not retried: the user can resend.
     */
    public CompletableFuture<byte[]> download(String pacingKey, HttpRequest request, long maxBytes) {
        AtomicBoolean overflowed = new AtomicBoolean();
        return later(pacing.reserve(pacingKey))
                .thenCompose(ignored -> http.sendAsync(request, info -> info.statusCode() < 300
                        ? new LimitedBody(maxBytes, overflowed) : HttpResponse.BodySubscribers.replacing(new byte[0])))
                .handle((response, failure) -> {
                    // Cancelling an oversized body fails the exchange with the client's own IOException.
                    if (overflowed.get()) throw new MediaTooLargeException(maxBytes);
                    if (failure != null) throw new CompletionException(failure);
                    if (response.statusCode() >= 300) {
                        throw new ProviderCallFailed("The file download answered " + response.statusCode() + ".");
                    }
                    return response.body();
                });
    }

    private CompletableFuture<HttpResponse<String>> attempt(String key, HttpRequest request, int number) {
        return later(pacing.reserve(key))
                .thenCompose(ignored -> http.sendAsync(request, HttpResponse.BodyHandlers.ofString()))
                .handle((response, failure) -> {
                    boolean retriable = failure != null || response.statusCode() == 429 || response.statusCode() >= 500;
                    if (!retriable) return CompletableFuture.completedFuture(response);
                    if (number >= retries.maxAttempts()) return CompletableFuture.<HttpResponse<String>>failedFuture(
                            gaveUp(request, number, response, failure));
                    Duration wait = Optional.ofNullable(response).flatMap(retryAfter)
                            .orElseGet(() -> retries.delayBefore(number + 1));
                    return later(wait).thenCompose(ignored -> attempt(key, request, number + 1));
                })
                .thenCompose(Function.identity());
    }

    private CompletableFuture<Void> later(Duration wait) {
        if (wait.isZero()) return CompletableFuture.completedFuture(null);
        return CompletableFuture.runAsync(() -> { }, CompletableFuture.delayedExecutor(wait.toMillis(), TimeUnit.MILLISECONDS, executor));
    }

    private static ProviderCallFailed gaveUp(HttpRequest request, int attempts, HttpResponse<String> response,
                                             Throwable failure) {
        String path = request.uri().getPath().replaceAll("/bot[^/]+/", "/bot***/");
        if (response != null) {
            return new ProviderCallFailed(path + " answered " + response.statusCode() + " " + attempts + " times; giving up.");
        }
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        String reason = cause instanceof IOException ? "could not be reached" : "failed";
        return new ProviderCallFailed(path + " " + reason + " " + attempts + " times; giving up.", cause);
    }

    @Override
    public void close() {
        http.close();
    }
}
