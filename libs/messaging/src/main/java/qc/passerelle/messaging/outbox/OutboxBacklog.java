package qc.passerelle.messaging.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the relay knows it still has to publish: the aggregates waiting (with when their oldest event was written)
 * and those parked. Read by the metrics; kept by the relay as it learns of writes and publishes them.
 */
public class OutboxBacklog {

    private final Clock clock;
    private final Map<AggregateRef, Instant> waiting = new ConcurrentHashMap<>();
    private final AtomicLong parked = new AtomicLong();
    private final AtomicLong published = new AtomicLong();

    public OutboxBacklog(Clock clock) {
        this.clock = clock;
    }

    void waiting(AggregateRef ref, Instant since) {
        waiting.merge(ref, since == null ? clock.instant() : since, (a, b) -> a.isBefore(b) ? a : b);
    }

    void done(AggregateRef ref) {
        waiting.remove(ref);
    }

    void published(int events) {
        published.addAndGet(events);
    }

    void parked(long count) {
        parked.set(count);
    }

    void parkedOne(AggregateRef ref) {
        waiting.remove(ref);
        parked.incrementAndGet();
    }

    public int pendingAggregates() {
        return waiting.size();
    }

    public long parkedAggregates() {
        return parked.get();
    }

    public long publishedEvents() {
        return published.get();
    }

    public Duration oldestPendingAge() {
        Instant now = clock.instant();
        return waiting.values().stream().min(Instant::compareTo).map(t -> Duration.between(t, now))
                .filter(d -> !d.isNegative()).orElse(Duration.ZERO);
    }
}
