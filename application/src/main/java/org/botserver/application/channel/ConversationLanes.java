package org.botserver.application.channel;

import java.lang.System.Logger.Level;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.botserver.domain.channel.ChannelAddress;

/**
 * Runs the work for each channel user one piece after another, in submission order, on a shared executor;
 * different users run in parallel. No thread waits for a lane: each piece is chained to the end of the one
 * before, including its asynchronous sending.
 */
final class ConversationLanes {

    private static final System.Logger LOG = System.getLogger(ConversationLanes.class.getName());

    private final Map<ChannelAddress, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();
    private final Set<Object> queued = ConcurrentHashMap.newKeySet();
    private final Executor executor;

    ConversationLanes(Executor executor) {
        this.executor = executor;
    }

    /** Queues the work behind what is queued for the same user; returns when it is queued, not done. */
    CompletableFuture<Void> submit(ChannelAddress lane, Supplier<? extends CompletionStage<Void>> work) {
        CompletableFuture<Void> tail = tails.compute(lane, (key, previous) ->
                (previous == null ? CompletableFuture.<Void>completedFuture(null) : previous)
                        .thenComposeAsync(ignored -> safely(lane, work), executor));
        // The last piece of a lane removes it, so idle users cost nothing.
        tail.whenComplete((ignored, failure) -> tails.remove(lane, tail));
        return tail;
    }

    /**
     * Queues the work like {@link #submit} unless work under the same key is queued or running; true when queued.
     * The key is forgotten when the work is done.
     */
    boolean submitOnce(Object key, ChannelAddress lane, Supplier<? extends CompletionStage<Void>> work) {
        if (!queued.add(key)) return false;
        submit(lane, work).whenComplete((ignored, failure) -> queued.remove(key));
        return true;
    }

    /** Lanes with queued or running work, for tests and diagnostics. */
    int busyLanes() {
        return tails.size();
    }

    // A failed piece must not stall the lane: its failure is logged and the next piece runs.
    private static CompletableFuture<Void> safely(ChannelAddress lane, Supplier<? extends CompletionStage<Void>> work) {
        try {
            return work.get().toCompletableFuture().exceptionally(failure -> logged(lane, failure));
        } catch (RuntimeException failure) {
            return CompletableFuture.completedFuture(logged(lane, failure));
        }
    }

    private static Void logged(ChannelAddress lane, Throwable failure) {
        LOG.log(Level.WARNING, "A message for " + lane.conversationUserId() + " with bot " + lane.botId()
                + " could not be handled: " + failure.getMessage(), failure);
        return null;
    }
}
