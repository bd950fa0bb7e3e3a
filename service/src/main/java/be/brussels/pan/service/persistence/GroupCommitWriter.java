package be.brussels.pan.service.persistence;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Commits the writes of many concurrent calls in one transaction ("group commit"). It knows no table and no
 * feature: a store gives it the transaction that writes its rows (the diagnoses' store, today).
 *
 * <p>Why: every 201 needs its row committed first, since a killed process must lose nothing it
 * acknowledged. On the embedded H2 file database each commit writes a new chunk (the changed B-tree
 * pages and the store's layout), which under load cost more than the diagnosis itself. One writer thread
 * takes every call waiting, writes them all in one transaction, commits once, and only then releases the
 * callers: the commit cost is shared by the group, and the callers' threads wait instead of contending
 * for the store's lock.
 *
 * <p>How big a group gets: a caller may {@linkplain #announce() announce} its write before it has computed
 * it. With a call in hand, the writer waits for the announced callers still on their way, at most
 * {@code maxDelay}, so that they share this commit instead of each paying for the next one (the idea
 * behind PostgreSQL's {@code commit_delay} and {@code commit_siblings}). With nobody announced it commits at
 * once: a lone request never waits for others.
 *
 * <p>A call's rows are committed together or not at all. If a group's transaction fails, each call in it
 * is retried alone, so a call that cannot be stored fails by itself and the others still succeed.
 *
 * @param <T> what one call writes (for diagnoses: the rows of one request or one batch)
 */
public final class GroupCommitWriter<T> implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GroupCommitWriter.class);
    private static final Object STOP = new Object();

    /** Writes the given calls' rows in one transaction and commits it; throws if anything fails. */
    @FunctionalInterface
    public interface Transaction<T> {
        void writeAndCommit(List<T> calls) throws Exception;
    }

    private record Pending<T>(T call, CompletableFuture<Void> committed) {
    }

    private final Transaction<T> transaction;
    private final int maxGroup;
    private final long maxDelayNanos;
    /** Callers that announced a write and have not queued it (or given up) yet. */
    private final AtomicInteger onTheirWay = new AtomicInteger();
    private final IntConsumer groupSizes;
    private final BlockingQueue<Object> queue;
    private final Thread writer;
    private final ReentrantReadWriteLock closing = new ReentrantReadWriteLock();
    private volatile boolean closed;

    /**
     * @param maxGroup   most calls committed in one transaction (bounds the transaction's size)
     * @param capacity   most calls waiting; further callers block until there is room (back pressure)
     * @param maxDelay   longest the writer waits for announced callers before committing the calls it has
     * @param groupSizes told the size of every group committed (for metrics)
     */
    public GroupCommitWriter(String name, Transaction<T> transaction, int maxGroup, int capacity, Duration maxDelay,
                             IntConsumer groupSizes) {
        if (maxGroup < 1 || capacity < 1) {
            throw new IllegalArgumentException("maxGroup and capacity must be at least 1");
        }
        if (maxDelay.isNegative()) {
            throw new IllegalArgumentException("maxDelay must not be negative");
        }
        this.transaction = transaction;
        this.maxGroup = maxGroup;
        this.maxDelayNanos = maxDelay.toNanos();
        this.groupSizes = groupSizes;
        this.queue = new LinkedBlockingQueue<>(capacity);
        this.writer = new Thread(this::run, name);
        this.writer.setDaemon(false); // a JVM exiting normally lets the last group commit
        this.writer.start();
    }

    /**
     * Writes one call's rows and returns once they are committed.
     *
     * @throws GroupCommitException with the cause if the rows could not be stored (nothing of them is)
     */
    public void write(T call) {
        await(enqueue(call));
    }

    /**
     * Announces a write to come, so that the writer can wait for it (see the class comment). Write through
     * the returned arrival, or close it if there is nothing to write; either way the writer stops waiting
     * for it.
     */
    public Arrival announce() {
        onTheirWay.incrementAndGet();
        return new Arrival();
    }

    /** An announced write. Not thread-safe: it belongs to the caller that announced it. */
    public final class Arrival implements AutoCloseable {
        private boolean arrived;

        private Arrival() {
        }

        /** {@link GroupCommitWriter#write}, for an announced caller. */
        public void write(T call) {
            // Off the list before queueing: a writer that already holds this call must not wait for it too.
            close();
            await(enqueue(call));
        }

        /** The caller will not write (or has written): the writer stops waiting for it. */
        @Override
        public void close() {
            if (!arrived) {
                arrived = true;
                onTheirWay.decrementAndGet();
            }
        }
    }

    private Pending<T> enqueue(T call) {
        Pending<T> pending = new Pending<>(call, new CompletableFuture<>());
        // Shared with other callers, exclusive with close(): nothing is queued after the writer's last call.
        closing.readLock().lock();
        try {
            if (closed) {
                throw new GroupCommitException("the writer is closed", null);
            }
            queue.put(pending);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GroupCommitException("interrupted before the write was queued", e);
        } finally {
            closing.readLock().unlock();
        }
        return pending;
    }

    private static <T> void await(Pending<T> pending) {
        try {
            // Uninterruptible on purpose: once queued the rows may be committed, and the caller must
            // learn the outcome rather than answer an error for a row that is stored.
            pending.committed().join();
        } catch (java.util.concurrent.CompletionException e) {
            throw new GroupCommitException("the write failed", e.getCause());
        }
    }

    private void run() {
        List<Pending<T>> group = new ArrayList<>(maxGroup);
        List<Object> drained = new ArrayList<>(maxGroup);
        boolean stopping = false;
        while (!stopping || !queue.isEmpty()) {
            try {
                Object first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                drained.add(first);
                queue.drainTo(drained, maxGroup - 1);
                waitForAnnounced(drained);
                for (Object item : drained) {
                    if (item == STOP) {
                        stopping = true;
                    } else {
                        @SuppressWarnings("unchecked")
                        Pending<T> pending = (Pending<T>) item;
                        group.add(pending);
                    }
                }
                if (!group.isEmpty()) {
                    commit(group);
                }
            } catch (InterruptedException e) {
                stopping = true;
            } catch (Throwable unexpected) {
                // Never leave a caller waiting: whatever happened, every call taken from the queue gets an
                // outcome (completing a future twice keeps the first outcome). Logged here by its type only, as
                // a message may quote a row: each caller gets the error itself, and the service logs its frames
                // without messages (ProblemAdvice, which this package must not depend on).
                LOG.error("group commit failed unexpectedly: {}", unexpected.getClass().getName());
                for (Object item : drained) {
                    if (item instanceof Pending<?> pending) {
                        pending.committed().completeExceptionally(unexpected);
                    }
                }
            } finally {
                drained.clear();
                group.clear();
            }
        }
    }

    /**
     * Takes the calls of announced callers as they queue them, until none is on its way or the delay is up.
     * Interrupted, it stops waiting and the calls already taken are committed. The interruption is not
     * passed on: with the flag set, the commit's file write would fail and close the database's file.
     */
    private void waitForAnnounced(List<Object> drained) {
        long deadline = System.nanoTime() + maxDelayNanos;
        while (drained.size() < maxGroup && onTheirWay.get() > 0 && drained.get(drained.size() - 1) != STOP) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return;
            }
            Object next;
            try {
                next = queue.poll(left, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                return;
            }
            if (next == null) {
                return;
            }
            drained.add(next);
            queue.drainTo(drained, maxGroup - drained.size());
        }
    }

    private void commit(List<Pending<T>> group) {
        try {
            transaction.writeAndCommit(group.stream().map(Pending::call).toList());
        } catch (Exception failed) {
            if (group.size() == 1) {
                group.get(0).committed().completeExceptionally(failed);
                return;
            }
            LOG.warn("a group of {} writes failed ({}); retrying each alone", group.size(), failed.getClass().getSimpleName());
            for (Pending<T> pending : group) {
                commit(List.of(pending));
            }
            return;
        }
        // Committed: release the callers first; nothing after this point may send the group back for a retry.
        group.forEach(p -> p.committed().complete(null));
        groupSizes.accept(group.size());
    }

    /** Callers announced and not yet arrived (for tests: every caller must close its announcement). */
    public int callersOnTheirWay() {
        return onTheirWay.get();
    }

    /** Stops taking calls, commits those already queued, and waits for the writer to finish. */
    @Override
    public void close() {
        closing.writeLock().lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            queue.put(STOP);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } finally {
            closing.writeLock().unlock();
        }
        try {
            writer.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A write that was not stored; {@link #getCause()} says why. */
    public static final class GroupCommitException extends RuntimeException {
        public GroupCommitException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
