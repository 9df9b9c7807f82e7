package qc.passerelle.messaging.outbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Publishes the events waiting in the aggregate documents it is handed. Per aggregate, strictly in order: event n+1
 * is sent only once event n is acknowledged, and an event leaves its document only after the broker has it, so a
 * crash or an outage at any point loses nothing (at worst an event is published twice, with the same id and
 * sequence, which consumers ignore). Each aggregate is claimed by {@code _id} under a lease, so several instances
 * can relay side by side; one aggregate's failure never holds back the others.
 */
public class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    /** What a pass did to one aggregate: nothing left, or when to come back. */
    public record Result(AggregateRef ref, boolean claimed, int published, Instant retryAt, boolean parked) {
    }

    private final MongoTemplate mongo;
    private final EventPublisher publisher;
    private final CircuitBreaker breaker;
    private final Clock clock;
    private final RelaySettings settings;
    private final String owner = UUID.randomUUID().toString();
    private final AtomicLong passes = new AtomicLong();

    public OutboxRelay(MongoTemplate mongo, EventPublisher publisher, CircuitBreaker breaker, Clock clock,
                       RelaySettings settings) {
        this.mongo = mongo;
        this.publisher = publisher;
        this.breaker = breaker;
        this.clock = clock;
        this.settings = settings;
    }

    /** False while the circuit to the broker is open: the caller keeps its work and waits. */
    public boolean brokerMayBeTried() {
        return breaker.tryAcquirePermission();
    }

    public List<Result> relay(List<AggregateRef> refs) {
        List<Claimed> claimed = new ArrayList<>();
        List<Result> results = new ArrayList<>();
        Map<String, List<AggregateRef>> byCollection = new LinkedHashMap<>();
        refs.forEach(ref -> byCollection.computeIfAbsent(ref.collection(), c -> new ArrayList<>()).add(ref));
        byCollection.forEach((collection, wanted) -> {
            Map<Object, Claimed> taken = claim(collection, wanted);
            List<AggregateRef> notTaken = new ArrayList<>();
            for (AggregateRef ref : wanted) {
                Claimed c = taken.get(ref.id());
                if (c == null) {
                    notTaken.add(ref);
                } else {
                    claimed.add(c);
                }
            }
            results.addAll(notClaimed(collection, notTaken));
        });
        publish(claimed);
        acknowledge(claimed);
        for (Claimed c : claimed) {
            results.add(new Result(c.ref, true, c.acked, c.retryAt, c.parked));
        }
        return results;
    }

    /**
     * Two round trips for the whole batch, whatever its size: one update leases every aggregate that is free, then one
     * read by {@code _id} fetches those this pass leased, known by a token no other pass uses. Both are lookups by
     * {@code _id}, so their cost follows the batch, not the collection.
     */
    private Map<Object, Claimed> claim(String collection, List<AggregateRef> refs) {
        Instant now = clock.instant();
        Date nowDate = Date.from(now);
        List<Object> ids = refs.stream().map(AggregateRef::id).distinct().toList();
        String token = owner + "/" + passes.incrementAndGet();
        Query free = query(where("_id").in(ids).and(Outbox.PENDING).is(true).and(Outbox.PARKED).ne(true)
                .andOperator(new Criteria().orOperator(where(Outbox.LEASE_UNTIL).exists(false), where(Outbox.LEASE_UNTIL).lt(nowDate)),
                        new Criteria().orOperator(where(Outbox.NEXT_ATTEMPT_AT).exists(false), where(Outbox.NEXT_ATTEMPT_AT).lte(nowDate))));
        Update take = new Update().set(Outbox.LEASE_UNTIL, Date.from(now.plus(settings.lease()))).set(Outbox.LEASE_OWNER, token);
        if (mongo.updateMulti(free, take, collection).getModifiedCount() == 0) {
            return Map.of();
        }
        Query mine = query(where("_id").in(ids).and(Outbox.LEASE_OWNER).is(token)).cursorBatchSize(ids.size() + 1);
        mine.fields().include(Outbox.EVENTS).include(Outbox.ATTEMPTS).include(Outbox.REJECTIONS);
        Map<Object, Claimed> claimed = new HashMap<>();
        for (Document doc : mongo.find(mine, Document.class, collection)) {
            List<PendingEvent> events = doc.getList(Outbox.EVENTS, Document.class, List.of()).stream()
                    .map(d -> mongo.getConverter().read(PendingEvent.class, d)).toList();
            AggregateRef ref = new AggregateRef(collection, doc.get("_id"));
            claimed.put(ref.id(), new Claimed(ref, token, events, number(doc.get(Outbox.ATTEMPTS)),
                    number(doc.get(Outbox.REJECTIONS))));
        }
        return claimed;
    }

    /**
     * Why an aggregate could not be claimed, and so when to come back. Leased by another relay (another instance,
     * or one that died holding it): soon, since the holder publishes only the events it read, not those a command
     * appended since (the command's signal reached this relay, not the holder), and at the latest when the lease ends;
     * backing off after another relay's failure: at its next attempt; nothing pending, or parked: never. One read by
     * {@code _id}, and only when some aggregate was not claimed.
     */
    private List<Result> notClaimed(String collection, List<AggregateRef> refs) {
        if (refs.isEmpty()) {
            return List.of();
        }
        Query states = query(where("_id").in(refs.stream().map(AggregateRef::id).distinct().toList()))
                .cursorBatchSize(refs.size() + 1);
        states.fields().include(Outbox.PENDING).include(Outbox.PARKED).include(Outbox.LEASE_UNTIL)
                .include(Outbox.NEXT_ATTEMPT_AT);
        Map<Object, Document> byId = new HashMap<>();
        for (Document doc : mongo.find(states, Document.class, collection)) {
            byId.put(doc.get("_id"), doc);
        }
        Instant now = clock.instant();
        List<Result> results = new ArrayList<>(refs.size());
        for (AggregateRef ref : refs) {
            Document doc = byId.get(ref.id());
            Instant retryAt = null;
            if (doc != null && Boolean.TRUE.equals(doc.get(Outbox.PENDING)) && !Boolean.TRUE.equals(doc.get(Outbox.PARKED))) {
                retryAt = now.plus(settings.firstBackOff());
                if (doc.get(Outbox.LEASE_UNTIL) instanceof Date leaseUntil && leaseUntil.toInstant().isAfter(now)) {
                    retryAt = leaseUntil.toInstant().isBefore(retryAt) ? leaseUntil.toInstant() : retryAt;
                } else if (doc.get(Outbox.NEXT_ATTEMPT_AT) instanceof Date next && next.toInstant().isAfter(now)) {
                    retryAt = next.toInstant();
                }
            }
            results.add(new Result(ref, false, 0, retryAt, false));
        }
        return results;
    }

    /** Round r sends the r-th event of every aggregate still going; an aggregate stops at its first failure. */
    private void publish(List<Claimed> claimed) {
        List<Claimed> active = new ArrayList<>(claimed);
        boolean brokerUnreachable = false;
        for (int round = 0; !active.isEmpty(); round++) {
            int index = round;
            active.removeIf(c -> c.events.size() <= index || c.failure != null);
            Map<Claimed, Future<RecordMetadata>> inFlight = new LinkedHashMap<>();
            for (Claimed c : active) {
                if (brokerUnreachable) {
                    c.failure = new SendOutcome.Deferred();
                    continue;
                }
                PendingEvent event = c.events.get(index);
                Future<RecordMetadata> sent = publisher.send(event.envelope(), event.publishedTrace());
                inFlight.put(c, sent);
                // a send that failed before leaving (no metadata: the broker cannot be reached) spent max.block.ms;
                // every other send of this pass would spend as long for the same answer
                if (sent.isDone() && outcome(sent) instanceof SendOutcome.Unavailable) {
                    brokerUnreachable = true;
                }
            }
            for (Map.Entry<Claimed, Future<RecordMetadata>> sent : inFlight.entrySet()) {
                SendOutcome outcome = outcome(sent.getValue());
                Claimed c = sent.getKey();
                if (outcome instanceof SendOutcome.Sent) {
                    c.acked++;
                    breaker.onSuccess(0, TimeUnit.MILLISECONDS);
                } else {
                    c.failure = outcome;
                    if (outcome instanceof SendOutcome.Unavailable) {
                        breaker.onError(0, TimeUnit.MILLISECONDS, new IllegalStateException(describe(outcome)));
                    }
                }
            }
        }
    }

    private SendOutcome outcome(Future<RecordMetadata> sent) {
        try {
            sent.get(settings.publishTimeout().toMillis(), TimeUnit.MILLISECONDS);
            return new SendOutcome.Sent();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new SendOutcome.Unavailable("interrupted");
        } catch (ExecutionException e) {
            return SendOutcome.of(e.getCause() == null ? e : e.getCause());
        } catch (TimeoutException e) {
            return new SendOutcome.Unavailable("no acknowledgement within " + settings.publishTimeout());
        }
    }

    /**
     * One bulk write per collection: published events leave, failures set the back-off or park the aggregate.
     * An aggregate whose events were all published, and to which no command appended one since the claim (its outbox
     * holds as many as were read), is emptied, cleared and released in one write; any other, and one where that
     * write found a new event, takes the general two: the published events pulled, then cleared only if none is left.
     */
    private void acknowledge(List<Claimed> claimed) {
        Map<String, BulkOperations> whole = new LinkedHashMap<>();
        Map<String, BulkOperations> stepwise = new LinkedHashMap<>();
        List<Claimed> wholeOnes = new ArrayList<>();
        Instant now = clock.instant();
        for (Claimed c : claimed) {
            if (c.failure == null && c.acked == c.events.size()) {
                wholeOnes.add(c);
                bulk(whole, c).updateOne(query(where("_id").is(c.ref.id()).and(Outbox.LEASE_OWNER).is(c.token)
                        .and(Outbox.EVENTS).size(c.events.size())), new Update().set(Outbox.EVENTS, List.of())
                        .set(Outbox.PENDING, false).unset(Outbox.LEASE_UNTIL).unset(Outbox.LEASE_OWNER)
                        .unset(Outbox.ATTEMPTS).unset(Outbox.NEXT_ATTEMPT_AT).unset(Outbox.LAST_ERROR));
            } else {
                stepwise(bulk(stepwise, c), c, now);
            }
        }
        long emptied = 0;
        for (BulkOperations bulk : whole.values()) {
            emptied += bulk.execute().getMatchedCount();
        }
        if (emptied < wholeOnes.size()) {
            // a command appended to some of them meanwhile: the two steps, which change nothing where the one did
            wholeOnes.forEach(c -> stepwise(bulk(stepwise, c), c, now));
        }
        stepwise.values().forEach(BulkOperations::execute);
        long failed = claimed.stream().filter(c -> c.failure != null && !(c.failure instanceof SendOutcome.Deferred)).count();
        if (failed > 0) {
            log.warn("outbox relay: {} aggregate(s) kept their events for a later attempt: {}", failed,
                    claimed.stream().filter(c -> c.failure != null).findFirst().map(c -> describe(c.failure)).orElse(""));
        }
    }

    private BulkOperations bulk(Map<String, BulkOperations> bulks, Claimed c) {
        return bulks.computeIfAbsent(c.ref.collection(), name -> mongo.bulkOps(BulkOperations.BulkMode.ORDERED, name));
    }

    private void stepwise(BulkOperations bulk, Claimed c, Instant now) {
        Update update = new Update().unset(Outbox.LEASE_UNTIL).unset(Outbox.LEASE_OWNER);
        if (c.acked > 0) {
            List<String> done = c.events.subList(0, c.acked).stream().map(PendingEvent::eventId).toList();
            update.pull(Outbox.EVENTS, new Document("eventId", new Document("$in", done)));
        }
        if (c.failure == null || c.failure instanceof SendOutcome.Deferred) {
            update.unset(Outbox.ATTEMPTS).unset(Outbox.NEXT_ATTEMPT_AT).unset(Outbox.LAST_ERROR);
            if (c.failure != null) {
                c.retryAt = now.plus(settings.firstBackOff());
            }
        } else {
            int attempts = c.attempts + 1;
            int rejections = c.rejections + (c.failure instanceof SendOutcome.Rejected ? 1 : 0);
            c.retryAt = now.plus(settings.backOff(attempts));
            c.parked = rejections >= settings.maxRejections();
            update.set(Outbox.ATTEMPTS, attempts).set(Outbox.REJECTIONS, rejections)
                    .set(Outbox.NEXT_ATTEMPT_AT, Date.from(c.retryAt)).set(Outbox.LAST_ERROR, describe(c.failure));
            if (c.parked) {
                update.set(Outbox.PARKED, true);
                log.error("outbox: parked {} {} after {} refusals by the broker: {}", c.ref.collection(), c.ref.id(),
                        rejections, describe(c.failure));
            }
        }
        bulk.updateOne(query(where("_id").is(c.ref.id()).and(Outbox.LEASE_OWNER).is(c.token)), update);
        // cleared only if no command appended an event meanwhile: the size check and the write are one step
        bulk.updateOne(query(where("_id").is(c.ref.id()).and(Outbox.EVENTS).size(0)), new Update().set(Outbox.PENDING, false));
    }

    private static String describe(SendOutcome outcome) {
        return switch (outcome) {
            case SendOutcome.Unavailable u -> "broker unavailable: " + u.reason();
            case SendOutcome.Rejected r -> "refused by the broker: " + r.reason();
            case SendOutcome.Deferred d -> "deferred";
            case SendOutcome.Sent s -> "sent";
        };
    }

    private static int number(Object value) {
        return value instanceof Number n ? n.intValue() : 0;
    }

    public String owner() {
        return owner;
    }

    public Duration lease() {
        return settings.lease();
    }

    private static final class Claimed {
        private final AggregateRef ref;
        private final String token;
        private final List<PendingEvent> events;
        private final int attempts;
        private final int rejections;
        private int acked;
        private SendOutcome failure;
        private Instant retryAt;
        private boolean parked;

        private Claimed(AggregateRef ref, String token, List<PendingEvent> events, int attempts, int rejections) {
            this.ref = ref;
            this.token = token;
            this.events = events;
            this.attempts = attempts;
            this.rejections = rejections;
        }
    }
}
