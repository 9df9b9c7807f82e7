package qc.passerelle.messaging.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.mongodb.client.MongoClients;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import qc.passerelle.contracts.EventFixtures;
import qc.passerelle.contracts.recruiting.EmployerRegistered;
import qc.passerelle.testsupport.EmbeddedInfrastructure;

/**
 * The relay alone, against the wire server and a scripted producer: what it does when the broker is away, when one
 * record is refused, when a send throws at once, and when two relays want the same aggregate.
 */
class OutboxRelayTest {

    static final String COLLECTION = "relay_parcels";
    static final RelaySettings SETTINGS = new RelaySettings(Duration.ofSeconds(5), Duration.ofMillis(50),
            Duration.ofMillis(200), 100, 3, Duration.ofSeconds(1), Duration.ofSeconds(8));

    MongoTemplate mongo;
    Outbox outbox;
    MutableClock clock;

    @BeforeEach
    void store() {
        mongo = new MongoTemplate(MongoClients.create(EmbeddedInfrastructure.get().mongoUri("relay-test")), "relay-test");
        clock = new MutableClock(Instant.parse("2027-04-01T10:00:00Z"));
        outbox = new Outbox(clock);
    }

    /** Scripts what the broker answers for each record, by aggregate: a result, a failure, or a send that throws. */
    static final class ScriptedProducer extends MockProducer<String, byte[]> {
        private final Function<ProducerRecord<String, byte[]>, Object> script;

        ScriptedProducer(Function<ProducerRecord<String, byte[]>, Object> script) {
            super(true, null, new StringSerializer(), new ByteArraySerializer());
            this.script = script;
        }

        @Override
        public synchronized Future<RecordMetadata> send(ProducerRecord<String, byte[]> record, Callback callback) {
            Object outcome = script.apply(record);
            if (outcome instanceof IllegalStateException thrown) {
                throw thrown;
            }
            if (outcome instanceof RuntimeException failure) {
                return CompletableFuture.failedFuture(failure);
            }
            return super.send(record, callback);
        }

        List<String> sentKeys() {
            return history().stream().map(ProducerRecord::key).toList();
        }
    }

    OutboxRelay relay(ScriptedProducer producer, CircuitBreaker breaker) {
        return new OutboxRelay(mongo, new EventPublisher(producer), breaker, clock, SETTINGS);
    }

    static CircuitBreaker closedBreaker() {
        return CircuitBreaker.of("test-" + UUID.randomUUID(), CircuitBreakerConfig.custom()
                .slidingWindowSize(100).minimumNumberOfCalls(100).build());
    }

    String aggregateWith(int events) {
        String id = "emp-" + UUID.randomUUID();
        EmployerRegistered sample = EventFixtures.sample(EmployerRegistered.class);
        EmployerRegistered[] registered = new EmployerRegistered[events];
        for (int i = 0; i < events; i++) {
            registered[i] = new EmployerRegistered(id, "Ferme " + i, sample.neq(), sample.region(), sample.sector());
        }
        mongo.insert(new Document("_id", id).append(Outbox.VERSION, events).append(Outbox.PENDING, true)
                .append(Outbox.EVENTS, outbox.events(registered).stream().map(e -> {
                    Document d = new Document();
                    mongo.getConverter().write(e, d);
                    return d;
                }).toList()), COLLECTION);
        return id;
    }

    Document doc(String id) {
        return mongo.findById(id, Document.class, COLLECTION);
    }

    static AggregateRef ref(String id) {
        return new AggregateRef(COLLECTION, id);
    }

    @Test
    void publishesEachAggregatesEventsInOrderWithTheirSequenceAndEmptiesItsOutbox() {
        String id = aggregateWith(3);
        ScriptedProducer producer = new ScriptedProducer(r -> null);

        List<OutboxRelay.Result> results = relay(producer, closedBreaker()).relay(List.of(ref(id)));

        assertThat(results).singleElement().satisfies(r -> assertThat(r.published()).isEqualTo(3));
        assertThat(producer.history()).extracting(r -> new String(r.headers().lastHeader("ce_sequence").value(),
                StandardCharsets.UTF_8)).containsExactly("1", "2", "3");
        assertThat(doc(id).getList(Outbox.EVENTS, Document.class)).isEmpty();
        assertThat(doc(id).getBoolean(Outbox.PENDING)).isFalse();
    }

    /**
     * A command appends an event while the relay publishes the ones it claimed: the published ones leave, the new one
     * stays pending, and it goes out on the next pass; an aggregate of the same pass with no new event is emptied.
     */
    @Test
    void anEventAppendedWhileTheClaimedOnesArePublishedStaysPendingForTheNextPass() {
        String busy = aggregateWith(2);
        String quiet = aggregateWith(1);
        EmployerRegistered sample = EventFixtures.sample(EmployerRegistered.class);
        EmployerRegistered later = new EmployerRegistered(busy, "Ferme plus tard", sample.neq(), sample.region(), sample.sector());
        Document appended = new Document();
        mongo.getConverter().write(outbox.events(later).getFirst(), appended);
        boolean[] appendedOnce = {false};
        ScriptedProducer producer = new ScriptedProducer(r -> {
            if (r.key().equals(busy) && !appendedOnce[0]) {
                appendedOnce[0] = true;
                mongo.updateFirst(query(where("_id").is(busy)), new Update().push(Outbox.EVENTS, appended)
                        .set(Outbox.PENDING, true), COLLECTION);
            }
            return null;
        });
        OutboxRelay relay = relay(producer, closedBreaker());

        relay.relay(List.of(ref(busy), ref(quiet)));

        assertThat(producer.sentKeys()).containsExactlyInAnyOrder(busy, busy, quiet);
        assertThat(doc(busy).getList(Outbox.EVENTS, Document.class)).singleElement()
                .satisfies(e -> assertThat(e.getString("eventId")).isEqualTo(appended.getString("eventId")));
        assertThat(doc(busy).getBoolean(Outbox.PENDING)).isTrue();
        assertThat(doc(busy).get(Outbox.LEASE_OWNER)).isNull();
        assertThat(doc(quiet).getList(Outbox.EVENTS, Document.class)).isEmpty();
        assertThat(doc(quiet).getBoolean(Outbox.PENDING)).isFalse();

        relay.relay(List.of(ref(busy)));

        assertThat(producer.sentKeys()).containsExactlyInAnyOrder(busy, busy, quiet, busy);
        assertThat(doc(busy).getList(Outbox.EVENTS, Document.class)).isEmpty();
        assertThat(doc(busy).getBoolean(Outbox.PENDING)).isFalse();
    }

    @Test
    void aBrokerOutageKeepsTheEventsAndBacksOffWithoutParkingAndWithoutTryingTheOtherAggregates() {
        String first = aggregateWith(2);
        String second = aggregateWith(1);
        ScriptedProducer producer = new ScriptedProducer(r -> new TimeoutException("metadata not available"));

        OutboxRelay.Result result = relay(producer, closedBreaker()).relay(List.of(ref(first), ref(second))).get(0);

        assertThat(result.published()).isZero();
        assertThat(result.retryAt()).isEqualTo(clock.instant().plus(Duration.ofSeconds(1)));
        assertThat(producer.history()).isEmpty();
        assertThat(doc(first).getList(Outbox.EVENTS, Document.class)).hasSize(2);
        assertThat(doc(first).getInteger(Outbox.ATTEMPTS)).isEqualTo(1);
        assertThat(doc(first).getInteger(Outbox.REJECTIONS)).isZero();
        assertThat(doc(first).get(Outbox.PARKED)).isNull();
        // the broker answered nothing for the second aggregate: it is not blamed, only asked again soon
        assertThat(doc(second).get(Outbox.ATTEMPTS)).isNull();
        assertThat(doc(second).getList(Outbox.EVENTS, Document.class)).hasSize(1);
    }

    @Test
    void oneAggregatesRefusedOrThrowingSendHoldsBackThatAggregateOnly() {
        String refused = aggregateWith(2);
        String throwing = aggregateWith(2);
        String healthy = aggregateWith(2);
        ScriptedProducer producer = new ScriptedProducer(r -> {
            if (r.key().equals(refused)) {
                return new RecordTooLargeException("too large");
            }
            return r.key().equals(throwing) ? new IllegalStateException("serializer exploded") : null;
        });

        relay(producer, closedBreaker()).relay(List.of(ref(refused), ref(throwing), ref(healthy)));

        assertThat(producer.sentKeys()).containsExactly(healthy, healthy);
        assertThat(doc(healthy).getList(Outbox.EVENTS, Document.class)).isEmpty();
        assertThat(doc(refused).getList(Outbox.EVENTS, Document.class)).hasSize(2);
        assertThat(doc(throwing).getList(Outbox.EVENTS, Document.class)).hasSize(2);
        assertThat(doc(refused).getInteger(Outbox.REJECTIONS)).isEqualTo(1);
    }

    @Test
    void anAggregateTheBrokerKeepsRefusingIsParkedThenPublishedInOrderWhenReplayed() {
        String id = aggregateWith(2);
        boolean[] refuse = {true};
        ScriptedProducer producer = new ScriptedProducer(r -> refuse[0] ? new RecordTooLargeException("too large") : null);
        OutboxRelay relay = relay(producer, closedBreaker());

        for (int attempt = 1; attempt <= SETTINGS.maxRejections(); attempt++) {
            OutboxRelay.Result result = relay.relay(List.of(ref(id))).get(0);
            assertThat(result.parked()).as("attempt %d", attempt).isEqualTo(attempt == SETTINGS.maxRejections());
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(doc(id).getBoolean(Outbox.PARKED)).isTrue();
        assertThat(relay.relay(List.of(ref(id))).get(0).claimed()).isFalse();
        OutboxScan scan = new OutboxScan(mongo, OutboxCollections.of(COLLECTION));
        assertThat(scan.parked()).extracting(f -> f.ref().id()).contains(id);

        refuse[0] = false;
        mongo.updateFirst(query(where("_id").is(id)), new org.springframework.data.mongodb.core.query.Update()
                .unset(Outbox.PARKED).unset(Outbox.REJECTIONS).unset(Outbox.NEXT_ATTEMPT_AT), COLLECTION);
        relay.relay(List.of(ref(id)));

        assertThat(doc(id).getList(Outbox.EVENTS, Document.class)).isEmpty();
        assertThat(producer.history()).extracting(r -> new String(r.headers().lastHeader("ce_sequence").value(),
                StandardCharsets.UTF_8)).containsExactly("1", "2");
    }

    @Test
    void anAggregateLeasedByAnotherRelayIsLeftAloneUntilItsLeaseEnds() {
        String id = aggregateWith(1);
        mongo.updateFirst(query(where("_id").is(id)), new org.springframework.data.mongodb.core.query.Update()
                .set(Outbox.LEASE_OWNER, "another-instance")
                .set(Outbox.LEASE_UNTIL, java.util.Date.from(clock.instant().plus(SETTINGS.lease()))), COLLECTION);
        ScriptedProducer producer = new ScriptedProducer(r -> null);
        OutboxRelay relay = relay(producer, closedBreaker());

        assertThat(relay.relay(List.of(ref(id))).get(0).claimed()).isFalse();
        clock.advance(SETTINGS.lease().plusSeconds(1));
        assertThat(relay.relay(List.of(ref(id))).get(0).published()).isEqualTo(1);
        assertThat(producer.history()).hasSize(1);
    }

    /**
     * Two instances: one relays an aggregate while a command on the other appends an event to it. The holder leaves
     * that event (it read the aggregate before), and the other instance's relay, told of the write, found the
     * aggregate leased: it must come back soon, not leave the event to the next scan (a minute by default).
     */
    @Test
    void anAggregateLeasedByAnotherRelayIsTriedAgainSoonAndNoLaterThanTheEndOfTheLease() {
        String id = aggregateWith(1);
        java.util.Date leaseEnd = java.util.Date.from(clock.instant().plus(SETTINGS.lease()));
        mongo.updateFirst(query(where("_id").is(id)), new org.springframework.data.mongodb.core.query.Update()
                .set(Outbox.LEASE_OWNER, "another-instance").set(Outbox.LEASE_UNTIL, leaseEnd), COLLECTION);

        OutboxRelay.Result result = relay(new ScriptedProducer(r -> null), closedBreaker()).relay(List.of(ref(id))).get(0);

        assertThat(result.claimed()).isFalse();
        assertThat(result.retryAt()).isNotNull().isAfter(clock.instant())
                .isBeforeOrEqualTo(clock.instant().plus(SETTINGS.firstBackOff()));
    }

    /** Another instance's back-off is kept: the aggregate comes back when that instance would try it again. */
    @Test
    void anAggregateBackingOffOnAnotherInstanceIsTriedAgainAtItsNextAttempt() {
        String id = aggregateWith(1);
        relay(new ScriptedProducer(r -> new TimeoutException("away")), closedBreaker()).relay(List.of(ref(id)));
        java.util.Date next = doc(id).getDate(Outbox.NEXT_ATTEMPT_AT);

        OutboxRelay.Result result = relay(new ScriptedProducer(r -> null), closedBreaker()).relay(List.of(ref(id))).get(0);

        assertThat(result.claimed()).isFalse();
        assertThat(result.retryAt()).isEqualTo(next.toInstant());
    }

    /** Published by another instance meanwhile, or parked: nothing to come back for. */
    @Test
    void anAggregateWithNothingLeftToPublishIsNotTriedAgain() {
        String id = aggregateWith(1);
        relay(new ScriptedProducer(r -> null), closedBreaker()).relay(List.of(ref(id)));

        OutboxRelay.Result result = relay(new ScriptedProducer(r -> null), closedBreaker()).relay(List.of(ref(id))).get(0);

        assertThat(result.claimed()).isFalse();
        assertThat(result.retryAt()).isNull();
    }

    /**
     * End to end on the runner: an aggregate found leased (here by a relay that died holding it) is published once
     * the lease ends, without waiting for the next scan.
     */
    @Test
    void theRunnerPublishesAnAggregateFoundLeasedOnceTheLeaseEndsWithoutWaitingForTheNextScan() {
        Clock real = Clock.systemUTC();
        String id = aggregateWith(1);
        mongo.updateFirst(query(where("_id").is(id)), new org.springframework.data.mongodb.core.query.Update()
                .set(Outbox.LEASE_OWNER, "a-relay-that-died")
                .set(Outbox.LEASE_UNTIL, java.util.Date.from(real.instant().plusSeconds(2))), COLLECTION);
        ScriptedProducer producer = new ScriptedProducer(r -> null);
        OutboxRelay relay = new OutboxRelay(mongo, new EventPublisher(producer), closedBreaker(), real, SETTINGS);
        OutboxRelayRunner runner = new OutboxRelayRunner(relay, new OutboxScan(mongo, OutboxCollections.of(COLLECTION)),
                new OutboxBacklog(real), real, Duration.ofHours(1), Duration.ofMillis(100), 100);
        runner.start();
        try {
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10))
                    .until(() -> producer.sentKeys().contains(id));
        } finally {
            runner.stop();
        }
        assertThat(producer.sentKeys()).containsOnlyOnce(id);
    }

    @Test
    void anAggregateBackingOffIsNotClaimedBeforeItsNextAttempt() {
        String id = aggregateWith(1);
        OutboxRelay failing = relay(new ScriptedProducer(r -> new TimeoutException("away")), closedBreaker());
        failing.relay(List.of(ref(id)));
        ScriptedProducer producer = new ScriptedProducer(r -> null);
        OutboxRelay healthy = relay(producer, closedBreaker());

        assertThat(healthy.relay(List.of(ref(id))).get(0).claimed()).isFalse();
        clock.advance(Duration.ofSeconds(2));
        assertThat(healthy.relay(List.of(ref(id))).get(0).published()).isEqualTo(1);
    }

    @Test
    void aLeaseShorterThanTheLongestPassIsRefusedAtStartUp() {
        assertThatThrownBy(() -> new RelaySettings(Duration.ofSeconds(10), Duration.ofSeconds(2), Duration.ofSeconds(10),
                100, 5, Duration.ofSeconds(1), Duration.ofSeconds(60)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lease");
    }

    @Test
    void theBackOffDoublesAndIsCapped() {
        assertThat(SETTINGS.backOff(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(SETTINGS.backOff(3)).isEqualTo(Duration.ofSeconds(4));
        assertThat(SETTINGS.backOff(30)).isEqualTo(Duration.ofSeconds(8));
    }

    /** A clock the tests move. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
