package org.botserver.adapter.out.llm;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.botserver.application.conversation.ReplyStream;

/**
 * A provider's streamed events, read by a virtual thread of their own and taken one by one by the turn. While
 * the turn waits (for the first byte as much as for the next chunk) it looks every {@value #LOOK_MILLIS} ms
 * whether the client went away; then it interrupts the reader, which closes the socket (a virtual thread's
 * socket I/O is interruptible), so an abandoned question stops costing the provider at once, even before the
 * provider's first byte. The SDKs' own close waits for the response headers, hence the thread.
 */
public final class WatchedStream<T> implements Iterator<T>, AutoCloseable {

    /** Thrown from {@link #hasNext()} once the client went away and the request was closed. */
    public static final class ClientGone extends RuntimeException {
        ClientGone() {
            super("the client went away", null, false, false);
        }
    }

    /** Opens the provider request and hands each event of its stream to the sink, on the calling thread. */
    @FunctionalInterface
    public interface Request<T> {
        void readInto(Consumer<T> sink);
    }

    private static final long LOOK_MILLIS = 100;
    private static final Object END = new Object();

    private final ReplyStream client;
    private final BlockingQueue<Object> events = new LinkedBlockingQueue<>();
    private final Thread reader;
    private volatile Throwable failure;
    private Object next;

    private WatchedStream(ReplyStream client, Request<T> request) {
        this.client = client;
        this.reader = Thread.ofVirtual().name("llm-stream").unstarted(() -> {
            try {
                request.readInto(events::add);
            } catch (Throwable e) {
                failure = e;
            } finally {
                events.add(END);
            }
        });
    }

    /** Starts the request on its own virtual thread. */
    public static <T> WatchedStream<T> start(ReplyStream client, Request<T> request) {
        WatchedStream<T> stream = new WatchedStream<>(client, request);
        stream.reader.start();
        return stream;
    }

    @Override
    public boolean hasNext() {
        while (next == null) {
            try {
                next = events.poll(LOOK_MILLIS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                close();
                throw new ClientGone();
            }
            if (next == null && client.cancelled()) {
                close();
                throw new ClientGone();
            }
        }
        if (next != END) return true;
        if (failure != null) throw unchecked(failure);
        return false;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T next() {
        if (!hasNext()) throw new NoSuchElementException();
        T event = (T) next;
        next = null;
        return event;
    }

    /** Abandons the request if it is still running (an answer read to its end leaves nothing to stop). */
    @Override
    public void close() {
        if (reader.isAlive()) reader.interrupt();
    }

    /** The SDK's own exception (HTTP status, broken stream...), as the synchronous client threw it. */
    private static RuntimeException unchecked(Throwable failure) {
        return failure instanceof RuntimeException runtime ? runtime
                : new IllegalStateException(failure.toString(), failure);
    }
}
