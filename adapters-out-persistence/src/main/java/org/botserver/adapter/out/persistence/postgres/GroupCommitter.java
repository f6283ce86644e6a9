package org.botserver.adapter.out.persistence.postgres;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.hibernate.SessionFactory;

/**
 * Commits the turns of concurrent callers together: each caller queues its turn and waits for its own outcome,
 * while a committer thread collects turns for at most the group commit window and writes them in one statement
 * ({@link TurnBatchStatement}). A turn whose version check fails fails alone; the others are committed.
 */
final class GroupCommitter implements TurnWriter {

    // Two committers, so one collects and writes while the other waits for its commit to reach the disk. A
    // conversation always goes to the same one: two batches of one node never wait on each other's row locks.
    private static final int COMMITTERS = 2;
    private static final long IDLE_POLL_MILLIS = 50;

    private final SessionFactory sessions;
    private final GroupCommit settings;
    private final List<BlockingQueue<Pending>> queues = new ArrayList<>();
    private final List<Thread> committers = new ArrayList<>();
    private volatile boolean closed;

    private record Pending(TurnBatchStatement.Turn turn, CompletableFuture<Boolean> outcome) {
        UUID conversation() { return turn.conversation().id; }
    }

    GroupCommitter(SessionFactory sessions, GroupCommit settings) {
        this.sessions = sessions;
        this.settings = settings;
        for (int i = 0; i < COMMITTERS; i++) {
            BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
            queues.add(queue);
            committers.add(Thread.ofPlatform().daemon().name("botserver-group-commit-" + i).start(() -> commitFrom(queue)));
        }
    }

    @Override
    public boolean write(ConversationRow conversation, List<MessageRow> messages) {
        Pending pending = new Pending(new TurnBatchStatement.Turn(conversation, messages), new CompletableFuture<>());
        BlockingQueue<Pending> queue = queues.get(Math.floorMod(conversation.id.hashCode(), COMMITTERS));
        queue.add(pending);
        // Queued after the committers stopped: nobody would take it, so it is taken back and refused.
        if (closed && queue.remove(pending)) throw closedError();
        try {
            return pending.outcome().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) throw cause;
            throw e;
        }
    }

    /** Writes what is queued, then stops the committers; turns queued later are refused. */
    @Override
    public void close() {
        closed = true;
        for (Thread committer : committers) {
            try {
                committer.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        for (BlockingQueue<Pending> queue : queues) {
            for (Pending left = queue.poll(); left != null; left = queue.poll()) left.outcome().completeExceptionally(closedError());
        }
    }

    private void commitFrom(BlockingQueue<Pending> queue) {
        List<Pending> carried = new ArrayList<>();
        try {
            while (!closed || !queue.isEmpty() || !carried.isEmpty()) {
                List<Pending> batch = collect(queue, carried);
                if (!batch.isEmpty()) commit(batch);
            }
        } catch (InterruptedException e) {
            carried.forEach(left -> left.outcome().completeExceptionally(closedError()));
        }
    }

    /**
     * The next batch: what was carried over, then what arrives within the window, one turn per conversation (a
     * second turn of a conversation already in the batch is carried over to the next one).
     */
    private List<Pending> collect(BlockingQueue<Pending> queue, List<Pending> carried) throws InterruptedException {
        List<Pending> batch = new ArrayList<>();
        Set<UUID> conversations = new HashSet<>();
        List<Pending> offered = new ArrayList<>(carried);
        carried.clear();
        if (offered.isEmpty()) {
            Pending first = queue.poll(IDLE_POLL_MILLIS, TimeUnit.MILLISECONDS);
            if (first == null) return batch;
            offered.add(first);
        }
        long deadline = System.nanoTime() + settings.maxWait().toNanos();
        for (int i = 0; ; i++) {
            Pending next = i < offered.size() ? offered.get(i) : null;
            if (next == null && batch.size() < settings.maxTurns()) {
                next = queue.poll();
                long left = deadline - System.nanoTime();
                if (next == null && left > 0) next = queue.poll(left, TimeUnit.NANOSECONDS);
            }
            if (next == null) break;
            if (batch.size() < settings.maxTurns() && conversations.add(next.conversation())) batch.add(next);
            else carried.add(next);
        }
        return batch;
    }

    private void commit(List<Pending> batch) {
        if (batch.size() == 1) {
            commitAlone(batch.getFirst());
            return;
        }
        BitSet saved;
        try {
            List<TurnBatchStatement.Turn> turns = batch.stream().map(Pending::turn).toList();
            saved = sessions.fromStatelessSession(session ->
                    session.doReturningWork(connection -> TurnBatchStatement.save(connection, turns)));
        } catch (RuntimeException e) {
            // One turn the database refuses fails the whole statement: alone, each turn gets its own outcome.
            batch.forEach(this::commitAlone);
            return;
        }
        for (int i = 0; i < batch.size(); i++) batch.get(i).outcome().complete(saved.get(i));
    }

    private void commitAlone(Pending pending) {
        try {
            TurnBatchStatement.Turn turn = pending.turn();
            pending.outcome().complete(sessions.fromStatelessSession(session -> session.doReturningWork(connection ->
                    TurnStatement.save(connection, turn.conversation(), turn.messages()))));
        } catch (RuntimeException e) {
            pending.outcome().completeExceptionally(e);
        }
    }

    private static IllegalStateException closedError() {
        return new IllegalStateException("The database is closed; the turn was not saved.");
    }
}
