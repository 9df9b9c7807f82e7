package qc.passerelle.messaging.outbox;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/** The relay's backlog as metrics: what an operator watches to know whether events are waiting, and for how long. */
public final class OutboxMetrics {

    private OutboxMetrics() {
    }

    public static void register(MeterRegistry registry, OutboxBacklog backlog) {
        Gauge.builder("passerelle.outbox.pending", backlog, OutboxBacklog::pendingAggregates)
                .description("aggregates whose events wait to be published").register(registry);
        Gauge.builder("passerelle.outbox.parked", backlog, OutboxBacklog::parkedAggregates)
                .description("aggregates parked after the broker refused their events; MIFI replays them").register(registry);
        Gauge.builder("passerelle.outbox.oldest.age", backlog, b -> b.oldestPendingAge().toMillis() / 1000.0)
                .baseUnit("seconds").description("age of the oldest event waiting to be published").register(registry);
        FunctionCounter.builder("passerelle.outbox.published", backlog, OutboxBacklog::publishedEvents)
                .description("events published by the relay").register(registry);
    }
}
