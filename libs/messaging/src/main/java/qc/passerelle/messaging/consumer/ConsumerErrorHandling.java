package qc.passerelle.messaging.consumer;

import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.cloud.stream.config.ListenerContainerCustomizer;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Passing failures are retried without end: the listener container commits what was processed, waits (0.5 s, doubled
 * each time, at most 30 s) and delivers the rest again. Dead letters are the dispatcher's business, record by
 * record, so the container itself never gives up on a record.
 */
public final class ConsumerErrorHandling {

    private ConsumerErrorHandling() {
    }

    public static ListenerContainerCustomizer<AbstractMessageListenerContainer<?, ?>> retryWithoutEnd(long initialMillis,
                                                                                                    long maxMillis) {
        return (container, destination, group) -> container.setCommonErrorHandler(errorHandler(initialMillis, maxMillis));
    }

    static DefaultErrorHandler errorHandler(long initialMillis, long maxMillis) {
        ExponentialBackOff backOff = new ExponentialBackOff(initialMillis, 2.0);
        backOff.setMaxInterval(maxMillis);
        DefaultErrorHandler handler = new DefaultErrorHandler(ConsumerErrorHandling::neverGiveUp, backOff);
        // every exception is worth another try: the ones that are not were dead-lettered by the dispatcher already
        handler.setClassifications(Map.of(), true);
        return handler;
    }

    private static void neverGiveUp(ConsumerRecord<?, ?> record, Exception cause) {
        throw new IllegalStateException("retries never end for " + record.topic() + "-" + record.partition() + "@"
                + record.offset(), cause);
    }
}
