package be.brussels.pan.service.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class GroupCommitWriterTest {

    /** A stand-in database: what was committed, and the size of every transaction. */
    private static final class FakeDatabase implements GroupCommitWriter.Transaction<Integer> {
        final Set<Integer> committed = ConcurrentHashMap.newKeySet();
        final List<Integer> transactions = new CopyOnWriteArrayList<>();
        final List<Integer> committedTwice = new CopyOnWriteArrayList<>();
        volatile int poison = Integer.MIN_VALUE;

        @Override
        public void writeAndCommit(List<Integer> calls) throws Exception {
            Thread.sleep(2); // a commit takes time: calls arriving meanwhile wait and form the next group
            if (calls.contains(poison)) {
                throw new java.sql.SQLException("constraint violated by call " + poison);
            }
            for (Integer call : calls) {
                if (!committed.add(call)) {
                    committedTwice.add(call);
                }
            }
            transactions.add(calls.size());
        }
    }

    @Test
    void concurrentCallsShareCommitsAndEachReturnsOnlyOnceItsRowsAreCommitted() throws Exception {
        FakeDatabase db = new FakeDatabase();
        List<Integer> groupSizes = new CopyOnWriteArrayList<>();
        List<Integer> notYetCommittedOnReturn = Collections.synchronizedList(new ArrayList<>());
        int threads = 16;
        int callsPerThread = 40;
        try (GroupCommitWriter<Integer> writer = new GroupCommitWriter<>("test-writer", db, 64, 1024, Duration.ZERO, groupSizes::add)) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < callsPerThread; i++) {
                        int call = thread * 1000 + i;
                        writer.write(call);
                        if (!db.committed.contains(call)) {
                            notYetCommittedOnReturn.add(call);
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : futures) {
                future.get(60, TimeUnit.SECONDS);
            }
            pool.shutdown();
        }

        int calls = threads * callsPerThread;
        assertThat(db.committed).hasSize(calls);
        assertThat(db.committedTwice).isEmpty();
        assertThat(notYetCommittedOnReturn).isEmpty();
        assertThat(db.transactions.stream().mapToInt(Integer::intValue).sum()).isEqualTo(calls);
        // 16 callers and a 2 ms commit: calls pile up behind each commit and share the next one.
        assertThat(db.transactions.size()).isLessThan(calls / 2);
        assertThat(groupSizes).isEqualTo(db.transactions);
        assertThat(groupSizes).allSatisfy(size -> assertThat(size).isBetween(1, 64));
    }

    @Test
    void aCallThatCannotBeStoredFailsAloneAndTheOthersInItsGroupAreCommitted() throws Exception {
        FakeDatabase db = new FakeDatabase();
        db.poison = 7;
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        try (GroupCommitWriter<Integer> writer = new GroupCommitWriter<>("test-writer", db, 64, 1024, Duration.ZERO, size -> { })) {
            ExecutorService pool = Executors.newFixedThreadPool(12);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> futures = new ArrayList<>();
            for (int call = 0; call < 12; call++) {
                int c = call;
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        writer.write(c);
                    } catch (GroupCommitWriter.GroupCommitException e) {
                        failures.add(e);
                        assertThat(c).isEqualTo(7);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : futures) {
                future.get(30, TimeUnit.SECONDS);
            }
            pool.shutdown();
        }

        assertThat(failures).hasSize(1);
        assertThat(failures.get(0)).hasCauseInstanceOf(java.sql.SQLException.class)
                .hasRootCauseMessage("constraint violated by call 7");
        assertThat(db.committed).hasSize(11).doesNotContain(7);
        assertThat(db.committedTwice).isEmpty();
    }

    @Test
    void aFailureAfterTheCommitNeitherFailsTheCallerNorWritesTwice() {
        FakeDatabase db = new FakeDatabase();
        try (GroupCommitWriter<Integer> writer = new GroupCommitWriter<>("test-writer", db, 4, 16, Duration.ZERO,
                size -> { throw new IllegalStateException("metrics are down"); })) {
            writer.write(1);
            writer.write(2);
        }
        assertThat(db.committed).containsExactlyInAnyOrder(1, 2);
        assertThat(db.committedTwice).isEmpty();
        assertThat(db.transactions).containsExactly(1, 1);
    }

    @Test
    void closingCommitsWhatIsQueuedThenRefusesNewCalls() {
        FakeDatabase db = new FakeDatabase();
        GroupCommitWriter<Integer> writer = new GroupCommitWriter<>("test-writer", db, 4, 16, Duration.ZERO, size -> { });
        writer.write(1);
        writer.close();

        assertThat(db.committed).containsExactly(1);
        assertThatThrownBy(() -> writer.write(2))
                .isInstanceOf(GroupCommitWriter.GroupCommitException.class)
                .hasMessageContaining("closed");
        assertThat(db.committed).containsExactly(1);
    }

    @Test
    void aGroupNeverExceedsItsBound() throws Exception {
        FakeDatabase db = new FakeDatabase();
        List<Integer> groupSizes = new CopyOnWriteArrayList<>();
        try (GroupCommitWriter<Integer> writer = new GroupCommitWriter<>("test-writer", db, 3, 1024, Duration.ZERO, groupSizes::add)) {
            ExecutorService pool = Executors.newFixedThreadPool(10);
            List<Future<?>> futures = new ArrayList<>();
            for (int call = 0; call < 100; call++) {
                int c = call;
                futures.add(pool.submit(() -> writer.write(c)));
            }
            for (Future<?> future : futures) {
                future.get(30, TimeUnit.SECONDS);
            }
            pool.shutdown();
        }
        assertThat(db.committed).hasSize(100);
        assertThat(groupSizes).allSatisfy(size -> assertThat(size).isBetween(1, 3));
        assertThat(groupSizes).contains(3);
    }

    @Test
    void theWriterHoldsItsCommitForAnAnnouncedCallerSoThatBothShareIt() throws Exception {
        FakeDatabase db = new FakeDatabase();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (GroupCommitWriter<Integer> writer = new GroupCommitWriter<>("test-writer", db, 64, 1024,
                Duration.ofSeconds(20), size -> { })) {
            GroupCommitWriter<Integer>.Arrival onItsWay = writer.announce();
            Future<?> first = pool.submit(() -> writer.write(1));
            Thread.sleep(300);
            assertThat(first.isDone()).as("call 1 waits for the announced caller").isFalse();
            assertThat(db.committed).isEmpty();

            onItsWay.write(2);
            first.get(20, TimeUnit.SECONDS);
            assertThat(writer.callersOnTheirWay()).isZero();
        } finally {
            pool.shutdown();
        }
        assertThat(db.transactions).containsExactly(2);
        assertThat(db.committed).containsExactlyInAnyOrder(1, 2);
    }

    @Test
    void aLoneCallerIsCommittedAtOnceEvenWithALongDelay() {
        FakeDatabase db = new FakeDatabase();
        try (GroupCommitWriter<Integer> writer = new GroupCommitWriter<>("test-writer", db, 64, 1024,
                Duration.ofHours(1), size -> { })) {
            assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
                for (int call = 0; call < 50; call++) {
                    // Announced or not, a caller is never held back waiting for itself.
                    try (GroupCommitWriter<Integer>.Arrival arrival = writer.announce()) {
                        arrival.write(call);
                    }
                    writer.write(1000 + call);
                }
            });
            assertThat(writer.callersOnTheirWay()).isZero();
        }
        assertThat(db.committed).hasSize(100);
    }

    @Test
    void theWaitForAnnouncedCallersIsBoundedByTheDelay() {
        FakeDatabase db = new FakeDatabase();
        try (GroupCommitWriter<Integer> writer = new GroupCommitWriter<>("test-writer", db, 64, 1024,
                Duration.ofMillis(50), size -> { })) {
            GroupCommitWriter<Integer>.Arrival neverWrites = writer.announce();
            assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
                writer.write(1);
                writer.write(2);
            });
            assertThat(db.transactions).containsExactly(1, 1);
            assertThat(writer.callersOnTheirWay()).isEqualTo(1);

            neverWrites.close();
            neverWrites.close(); // closing twice counts once
            assertThat(writer.callersOnTheirWay()).isZero();
        }
    }

    @Test
    void anArrivalRefusedByAClosedWriterIsNoLongerWaitedFor() {
        FakeDatabase db = new FakeDatabase();
        GroupCommitWriter<Integer> writer = new GroupCommitWriter<>("test-writer", db, 4, 16, Duration.ofHours(1),
                size -> { });
        GroupCommitWriter<Integer>.Arrival late = writer.announce();
        writer.close();
        assertThatThrownBy(() -> late.write(1)).isInstanceOf(GroupCommitWriter.GroupCommitException.class)
                .hasMessageContaining("closed");
        assertThat(writer.callersOnTheirWay()).isZero();
        assertThat(db.committed).isEmpty();
    }

    @Test
    void aCallTakenBeforeTheWriterIsInterruptedIsStillCommitted() throws Exception {
        FakeDatabase db = new FakeDatabase();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (GroupCommitWriter<Integer> writer = new GroupCommitWriter<>("interrupted-writer", db, 64, 1024,
                Duration.ofSeconds(20), size -> { })) {
            GroupCommitWriter<Integer>.Arrival neverWrites = writer.announce();
            Future<?> first = pool.submit(() -> writer.write(1));
            Thread.sleep(300); // the writer holds call 1 and waits for the announced caller
            Thread writerThread = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().equals("interrupted-writer")).findFirst().orElseThrow();
            writerThread.interrupt();

            first.get(10, TimeUnit.SECONDS);
            assertThat(db.committed).containsExactly(1);
            neverWrites.close();
        } finally {
            pool.shutdown();
        }
    }
}
