package qc.passerelle.bench.season;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import org.bson.Document;
import qc.passerelle.bench.Latencies;

/**
 * Command-to-view latency: one thread asks the view, every {@code poll} (10 ms unless named), which of the workers
 * still awaited are there (one query by {@code _id} for all of them). A sample is late by up to one poll, never early;
 * a poll every 2 ms was 500 queries a second against the store under test, a load the benchmark itself added. A sample is timed from its command's sending to the first poll that sees it,
 * however many are awaited at once; a pool of pollers, one per sample, fell behind under load and timed its own
 * queueing as the view's.
 */
final class ViewSampler {

    private final MongoCollection<Document> views;
    private final Latencies latencies;
    private final Latencies warmup;
    private final long countFrom;
    private final Map<String, Long> awaited = new ConcurrentHashMap<>();
    private volatile boolean finishing;
    private final Thread poller = Thread.ofPlatform().name("view-sampler").unstarted(this::poll);

    private final long slowNanos;
    private final long pollNanos;

    /**
     * Samples of commands sent before {@code countFrom} (nanoTime) go to {@code warmup}, the others to
     * {@code latencies}; samples slower than {@code slow} are printed with the time they were seen, to find what they
     * coincide with.
     */
    ViewSampler(MongoCollection<Document> views, Latencies latencies, Latencies warmup, long countFrom, Duration slow,
                Duration poll) {
        this.views = views;
        this.latencies = latencies;
        this.warmup = warmup;
        this.countFrom = countFrom;
        this.slowNanos = slow.toNanos();
        this.pollNanos = poll.toNanos();
    }

    void start() {
        poller.start();
    }

    /** Times {@code workerId}'s appearance in the view from {@code sentNanos}. */
    void watch(String workerId, long sentNanos) {
        awaited.put(workerId, sentNanos);
    }

    /** Waits until every watched worker is seen or {@code limit} has passed; those never seen are not counted. */
    void finish(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        synchronized (this) {
            // the poller tells after each poll; no fixed sleep between checks
            while (!awaited.isEmpty() && System.nanoTime() < deadline) {
                wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            }
        }
        finishing = true;
        poller.join();
        if (!awaited.isEmpty()) {
            System.err.println(awaited.size() + " sampled workers never reached the view");
        }
    }

    private void poll() {
        while (!finishing) {
            List<String> ids = new ArrayList<>(awaited.keySet());
            if (!ids.isEmpty()) {
                for (Document seen : views.find(Filters.in("_id", ids)).projection(Projections.include("_id"))
                        .batchSize(Math.max(ids.size(), 1))) {
                    long now = System.nanoTime();
                    Long sent = awaited.remove(seen.getString("_id"));
                    if (sent != null) {
                        (sent - countFrom < 0 ? warmup : latencies).add(now - sent);
                        if (now - sent > slowNanos) {
                            System.err.printf("slow view sample: %s %d ms at %s%n", seen.getString("_id"),
                                    (now - sent) / 1_000_000, java.time.Instant.now());
                        }
                    }
                }
            }
            synchronized (this) {
                notifyAll();
            }
            LockSupport.parkNanos(pollNanos);
        }
    }
}
