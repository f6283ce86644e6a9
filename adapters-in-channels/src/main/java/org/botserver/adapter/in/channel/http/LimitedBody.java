package org.botserver.adapter.in.channel.http;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;
import org.botserver.application.channel.MediaTooLargeException;

/**
 * Collects a response body of at most {@code maxBytes}; past that it cancels the download and fails with
 * {@link MediaTooLargeException}, so a file larger than declared never fills the memory.
 */
final class LimitedBody implements BodySubscriber<byte[]> {

    private final long maxBytes;
    private final AtomicBoolean overflowed;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    /** {@code overflowed} is set when the body passed the cap, for a caller that sees only the client's failure. */
    LimitedBody(long maxBytes, AtomicBoolean overflowed) {
        this.maxBytes = maxBytes;
        this.overflowed = overflowed;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (result.isDone()) return;
        for (ByteBuffer buffer : buffers) {
            if (bytes.size() + (long) buffer.remaining() > maxBytes) {
                overflowed.set(true);
                subscription.cancel();
                result.completeExceptionally(new MediaTooLargeException(maxBytes));
                return;
            }
            byte[] chunk = new byte[buffer.remaining()];
            buffer.get(chunk);
            bytes.writeBytes(chunk);
        }
    }

    @Override
    public void onError(Throwable failure) {
        result.completeExceptionally(failure);
    }

    @Override
    public void onComplete() {
        result.complete(bytes.toByteArray());
    }
}
