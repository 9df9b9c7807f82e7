package qc.passerelle.messaging.outbox;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * Publishes one round (at most one event per aggregate) and waits for the broker's acknowledgements, behind a
 * Resilience4j retry with back-off and a circuit breaker, so that a broker outage costs a few cheap checks per second
 * instead of a blocked relay.
 */
class RoundPublisher {

    record Outcome(List<PendingEvent> published, RuntimeException failure) {
    }

    private final EventPublisher publisher;
    private final CircuitBreaker breaker;
    private final Retry retry;
    private final Duration timeout;

    RoundPublisher(EventPublisher publisher, CircuitBreaker breaker, Retry retry, Duration timeout) {
        this.publisher = publisher;
        this.breaker = breaker;
        this.retry = retry;
        this.timeout = timeout;
    }

    Outcome publish(List<PendingEvent> events) {
        List<PendingEvent> published = new ArrayList<>();
        List<PendingEvent> remaining = new ArrayList<>(events);
        try {
            Retry.decorateRunnable(retry, CircuitBreaker.decorateRunnable(breaker, () -> sendAll(remaining, published))).run();
            return new Outcome(published, null);
        } catch (RuntimeException e) {
            return new Outcome(published, e);
        }
    }

    private void sendAll(List<PendingEvent> remaining, List<PendingEvent> published) {
        Map<PendingEvent, Future<RecordMetadata>> inFlight = new LinkedHashMap<>();
        RuntimeException failure = null;
        try {
            for (PendingEvent event : remaining) {
                inFlight.put(event, publisher.send(event.envelope()));
            }
        } catch (RuntimeException e) {
            // a send that cannot even be queued (no metadata: broker unreachable) would fail the same way for
            // every other event of the round after blocking as long: stop here and let the retry come back
            failure = e;
        }
        for (Map.Entry<PendingEvent, Future<RecordMetadata>> sent : inFlight.entrySet()) {
            try {
                sent.getValue().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                published.add(sent.getKey());
                remaining.remove(sent.getKey());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = new PublishFailedException("interrupted", e);
            } catch (ExecutionException | TimeoutException e) {
                failure = new PublishFailedException(e.getCause() == null ? e.toString() : e.getCause().toString(), e);
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    static class PublishFailedException extends RuntimeException {
        PublishFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
