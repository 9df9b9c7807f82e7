package qc.passerelle.messaging.testapp;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.MDC;
import org.springframework.dao.DataAccessResourceFailureException;
import qc.passerelle.contracts.EventEnvelope;
import qc.passerelle.contracts.recruiting.EmployerRegistered;
import qc.passerelle.messaging.consumer.EventRejectedException;

/**
 * What the test application's handler received, per aggregate, in order; it can be told to fail for an aggregate
 * as a database outage would, or to reject an aggregate's events as a handler that cannot apply them.
 */
public class ReceivedEvents {

    /** {@code traceId}: what the logging context held while the handler ran. */
    public record Received(String eventId, long sequence, String legalName, String traceId) {
    }

    private final Map<String, List<Received>> byAggregate = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> outages = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
    private final Set<String> rejected = ConcurrentHashMap.newKeySet();

    void receive(EmployerRegistered event, EventEnvelope envelope) {
        String id = event.employerId();
        attempts.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
        AtomicInteger outage = outages.get(id);
        if (outage != null && outage.getAndDecrement() > 0) {
            throw new DataAccessResourceFailureException("the database is away (simulated) for " + id);
        }
        if (rejected.contains(id)) {
            throw new EventRejectedException("employer " + id + " cannot be applied here (simulated)");
        }
        byAggregate.computeIfAbsent(id, k -> new CopyOnWriteArrayList<>())
                .add(new Received(envelope.id(), envelope.sequence(), event.legalName(), MDC.get("traceId")));
    }

    public List<Received> of(String aggregateId) {
        return byAggregate.getOrDefault(aggregateId, List.of());
    }

    public int attempts(String aggregateId) {
        return attempts.getOrDefault(aggregateId, new AtomicInteger()).get();
    }

    public void failNextCalls(String aggregateId, int times) {
        outages.put(aggregateId, new AtomicInteger(times));
    }

    public void reject(String aggregateId) {
        rejected.add(aggregateId);
    }

    public void accept(String aggregateId) {
        rejected.remove(aggregateId);
    }
}
