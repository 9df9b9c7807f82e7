package qc.passerelle.messaging.outbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Publishes the events waiting in aggregate documents. Per aggregate it publishes strictly in order: event n+1 is
 * sent only once event n is acknowledged, and an event leaves its document only after the broker has it, so a crash
 * or a broker outage at any point loses nothing (at worst an event is published twice, same {@code ce_id}).
 * Aggregates are claimed with a lease so that several instances of a service can run a relay each.
 */
public class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final MongoTemplate mongo;
    private final RoundPublisher publisher;
    private final OutboxCollections collections;
    private final Clock clock;
    private final Duration lease;
    private final int batchSize;
    private final String owner = UUID.randomUUID().toString();

    public OutboxRelay(MongoTemplate mongo, EventPublisher publisher, CircuitBreaker breaker, Retry retry,
                       OutboxCollections collections, Clock clock, Duration lease, Duration publishTimeout, int batchSize) {
        this.mongo = mongo;
        this.publisher = new RoundPublisher(publisher, breaker, retry, publishTimeout);
        this.collections = collections;
        this.clock = clock;
        this.lease = lease;
        this.batchSize = batchSize;
    }

    public void createIndexes() {
        for (String collection : collections.names()) {
            mongo.indexOps(collection).createIndex(new Index(Outbox.PENDING, Sort.Direction.ASC));
        }
    }

    /** One pass over every collection; answers how many events reached the broker. */
    public int relayOnce() {
        int published = 0;
        for (String collection : collections.names()) {
            try {
                published += relay(collection);
            } catch (CallNotPermittedException open) {
                log.debug("outbox relay paused: circuit to Kafka is open");
                return published;
            }
        }
        return published;
    }

    private int relay(String collection) {
        List<Claimed> claimed = claim(collection);
        if (claimed.isEmpty()) {
            return 0;
        }
        int published = 0;
        RuntimeException failure = null;
        List<Claimed> active = new ArrayList<>(claimed);
        for (int round = 0; !active.isEmpty(); round++) {
            int index = round;
            active.removeIf(c -> c.events.size() <= index);
            Map<String, Claimed> byEventId = new LinkedHashMap<>();
            active.forEach(c -> byEventId.put(c.events.get(index).eventId(), c));
            if (byEventId.isEmpty()) {
                break;
            }
            List<PendingEvent> heads = active.stream().map(c -> c.events.get(index)).toList();
            RoundPublisher.Outcome outcome = publisher.publish(heads);
            for (PendingEvent sent : outcome.published()) {
                byEventId.get(sent.eventId()).acked++;
                published++;
            }
            if (outcome.failure() != null) {
                failure = outcome.failure();
                // an aggregate whose event failed stops here so that its later events never overtake it
                active.removeIf(c -> c.acked <= index);
            }
        }
        for (Claimed c : claimed) {
            acknowledge(collection, c, failure);
        }
        if (failure instanceof CallNotPermittedException open) {
            throw open;
        }
        if (failure != null) {
            log.warn("outbox relay: {} event(s) left pending in {}: {}", claimed.stream().mapToInt(c -> c.events.size() - c.acked).sum(),
                    collection, failure.toString());
        }
        return published;
    }

    private List<Claimed> claim(String collection) {
        List<Claimed> claimed = new ArrayList<>();
        for (int i = 0; i < batchSize; i++) {
            Instant now = clock.instant();
            Query free = query(where(Outbox.PENDING).is(true)
                    .orOperator(where(Outbox.LEASE_UNTIL).exists(false), where(Outbox.LEASE_UNTIL).lt(now)));
            free.fields().include(Outbox.EVENTS);
            Update take = new Update().set(Outbox.LEASE_UNTIL, now.plus(lease)).set(Outbox.LEASE_OWNER, owner);
            Document doc = mongo.findAndModify(free, take, FindAndModifyOptions.options().returnNew(true), Document.class, collection);
            if (doc == null) {
                break;
            }
            List<PendingEvent> events = doc.getList(Outbox.EVENTS, Document.class, List.of()).stream()
                    .map(d -> mongo.getConverter().read(PendingEvent.class, d)).toList();
            claimed.add(new Claimed(doc.get("_id"), events));
        }
        return claimed;
    }

    private void acknowledge(String collection, Claimed c, RuntimeException failure) {
        Criteria mine = where("_id").is(c.id).and(Outbox.LEASE_OWNER).is(owner);
        Update update = new Update().unset(Outbox.LEASE_UNTIL).unset(Outbox.LEASE_OWNER);
        if (c.acked > 0) {
            List<String> done = c.events.subList(0, c.acked).stream().map(PendingEvent::eventId).toList();
            update.pull(Outbox.EVENTS, new Document("eventId", new Document("$in", done)));
        }
        if (c.acked < c.events.size() && failure != null) {
            update.inc(Outbox.ATTEMPTS, 1).set(Outbox.LAST_ERROR, String.valueOf(failure.getMessage()));
        } else {
            update.unset(Outbox.ATTEMPTS).unset(Outbox.LAST_ERROR);
        }
        mongo.updateFirst(query(mine), update, collection);
        // cleared only if no command appended an event meanwhile: the size check and the write are one atomic step
        mongo.updateFirst(query(where("_id").is(c.id).and(Outbox.EVENTS).size(0)),
                new Update().set(Outbox.PENDING, false), collection);
    }

    private static final class Claimed {
        private final Object id;
        private final List<PendingEvent> events;
        private int acked;

        private Claimed(Object id, List<PendingEvent> events) {
            this.id = id;
            this.events = events;
        }
    }
}
