package qc.passerelle.messaging.consumer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** How many events this service's consumer applied, skipped, dead-lettered, and how often it had to retry. */
public class ConsumerMetrics {

    private final Counter applied;
    private final Counter skipped;
    private final Counter deadLettered;
    private final Counter retried;

    public ConsumerMetrics(MeterRegistry registry, String group) {
        applied = counter(registry, group, "applied");
        skipped = counter(registry, group, "skipped");
        deadLettered = counter(registry, group, "dead-lettered");
        retried = counter(registry, group, "retried");
    }

    public static ConsumerMetrics none() {
        return new ConsumerMetrics(new SimpleMeterRegistry(), "none");
    }

    private static Counter counter(MeterRegistry registry, String group, String outcome) {
        return Counter.builder("passerelle.consumer.events").tag("group", group).tag("outcome", outcome)
                .description("events taken off the topics by this service's consumer, by outcome").register(registry);
    }

    void applied(int count) {
        applied.increment(count);
    }

    void skipped() {
        skipped.increment();
    }

    void deadLettered() {
        deadLettered.increment();
    }

    void retried() {
        retried.increment();
    }
}
