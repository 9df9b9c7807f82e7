package qc.passerelle.local;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the MVStore durable for many writers with one commit and one fsync: a writer asks for the next commit after its
 * change is in the store's maps, and is released when a commit that began after that request has been synced.
 *
 * <p>A commit and its fsync cost about the same whatever they carry, so the writers that arrive while one is running
 * share the next one: under load each commit carries many writes, and a lone writer does not wait for a timer.
 *
 * <p>It is the store's only committer (H2's background writer is off), which is what makes every commit durable before
 * the next one can reuse the space of chunks it freed.
 */
final class GroupCommit implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);

    /** Housekeeping H2's background writer would do: while the chunks are less than half full... */
    private static final int COMPACT_BELOW_FILL_RATE = 50;
    /** ...rewrite 1 MB of the emptiest, which holds the writes waiting meanwhile back by a few ms... */
    private static final int COMPACT_BYTES = 1 << 20;
    /** ...at most this often (so up to about 30 MB/s under load), and only while there are writes. */
    private static final long COMPACT_EVERY_NANOS = TimeUnit.MILLISECONDS.toNanos(30);

    private final MVStore store;
    private final Thread committer;
    /**
     * Releases the writers of a commit while the committer goes on with the next one: each release wakes a
     * connection's event loop to send a reply, a system call per connection, which took a seventh of the committer's
     * time under a season's load. One thread, so writers are released in the order of their commits.
     */
    private final ExecutorService releaser = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("mvstore-commit-release").daemon().factory());
    private final Object lock = new Object();
    private List<CompletableFuture<Void>> waiting = new ArrayList<>();
    private boolean closed;
    /** The committer thread's alone. */
    private long nextCompaction = System.nanoTime();

    GroupCommit(MVStore store) {
        this.store = store;
        this.committer = Thread.ofPlatform().name("mvstore-group-commit").daemon().start(this::commitWhileOpen);
    }

    /**
     * Completes once everything written to the store before this call is committed and synced; completes exceptionally
     * if that commit failed, in which case nothing may be acknowledged.
     */
    CompletableFuture<Void> nextCommit() {
        CompletableFuture<Void> durable = new CompletableFuture<>();
        synchronized (lock) {
            if (closed) {
                durable.completeExceptionally(new IllegalStateException("the store is closing"));
                return durable;
            }
            waiting.add(durable);
            lock.notifyAll();
        }
        return durable;
    }

    private void commitWhileOpen() {
        List<CompletableFuture<Void>> batch;
        while ((batch = nextBatch()) != null) {
            List<CompletableFuture<Void>> committed = batch;
            try {
                commitAndSync();
                releaser.execute(() -> committed.forEach(durable -> durable.complete(null)));
            } catch (RuntimeException | Error e) {
                // even an Error must release the writers: a reply held forever would hang its client
                log.error("commit of {} write(s) failed; they are answered with a closed connection", batch.size(), e);
                releaser.execute(() -> committed.forEach(durable -> durable.completeExceptionally(e)));
            }
        }
    }

    /** The writers waiting now, once there is at least one; null when closed and none is left. */
    private List<CompletableFuture<Void>> nextBatch() {
        synchronized (lock) {
            while (waiting.isEmpty() && !closed) {
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    // only close() ends this thread: a writer left waiting would never be answered
                }
            }
            if (waiting.isEmpty()) {
                return null;
            }
            List<CompletableFuture<Void>> batch = waiting;
            waiting = new ArrayList<>();
            return batch;
        }
    }

    private void commitAndSync() {
        compactNowAndThen();
        // commit() writes the chunk into the OS's cache, which a crash of this process does not lose but a power cut
        // does; sync() is what puts it on the disk
        store.commit();
        store.sync();
    }

    /**
     * Each commit leaves a chunk whose pages the next commits soon replace; unless the few pages still live in such a
     * chunk are rewritten elsewhere, its space is never reused. Measured with 8 clients inserting and updating 1 KB
     * documents: without this the file grew 22 MB per 1,000 documents and without end (2.5 GB after 90 s with an
     * eighth of this budget); with it 3.4 MB, against 5.1 MB with H2's background writer. It costs the writes a
     * fifth to a third of their throughput under such a load. The rewritten pages go to disk with the commit
     * that follows: no sync of their own.
     */
    private void compactNowAndThen() {
        long now = System.nanoTime();
        if (now - nextCompaction >= 0) {
            store.compact(COMPACT_BELOW_FILL_RATE, COMPACT_BYTES);
            nextCompaction = now + COMPACT_EVERY_NANOS;
        }
    }

    /** Commits what is still waiting, then stops; the store itself is closed by its owner afterwards. */
    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            lock.notifyAll();
        }
        try {
            committer.join();
            releaser.shutdown();
            releaser.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
