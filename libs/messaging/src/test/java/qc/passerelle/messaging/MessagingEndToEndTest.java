package qc.passerelle.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import qc.passerelle.contracts.EventEnvelope;
import qc.passerelle.contracts.EventFixtures;
import qc.passerelle.contracts.Topics;
import qc.passerelle.contracts.recruiting.EmployerRegistered;
import qc.passerelle.messaging.consumer.DeadLetterReplay;
import qc.passerelle.messaging.consumer.DeadLetters;
import qc.passerelle.messaging.outbox.AggregateStore;
import qc.passerelle.messaging.outbox.Outbox;
import qc.passerelle.messaging.testapp.MessagingTestApplication;
import qc.passerelle.messaging.testapp.Parcel;
import qc.passerelle.messaging.testapp.ReceivedEvents;
import qc.passerelle.testsupport.EmbeddedInfrastructure;
import qc.passerelle.testsupport.KafkaTestClient;

/**
 * The library as a service uses it, on the real broker and wire server: events written with an aggregate reach the
 * consumer in order with their sequence; a record that can never be processed goes to the dead letters at once;
 * a passing failure is retried until it succeeds and never dead-lettered; dead letters can be replayed.
 */
@SpringBootTest(classes = MessagingTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"spring.application.name=messaging-test",
                "passerelle.messaging.consumer.topics=mobility.recruiting.v1",
                "passerelle.messaging.consumer.retry-first=100ms",
                "passerelle.messaging.consumer.retry-max=1s"})
class MessagingEndToEndTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.get().register(registry, "messaging-test");
    }

    @Autowired
    AggregateStore store;
    @Autowired
    Outbox outbox;
    @Autowired
    ReceivedEvents received;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    DeadLetterReplay replay;

    KafkaTestClient kafka;

    @BeforeEach
    void openKafka() {
        kafka = new KafkaTestClient(EmbeddedInfrastructure.get().kafkaBootstrapServers());
    }

    @AfterEach
    void closeKafka() {
        kafka.close();
    }

    @Test
    void eventsWrittenWithTheirAggregateReachTheConsumerInOrderNumberedByTheAggregate() {
        String id = "emp-" + UUID.randomUUID();
        store.insert(new Parcel(id, 1, outbox.events(employer(id, "Ferme A")), true), Parcel.COLLECTION);
        store.updateAtVersion(Parcel.COLLECTION, id, 1, null,
                outbox.append(new Update(), 1, employer(id, "Ferme B"), employer(id, "Ferme C")), Parcel.class);

        await().atMost(PATIENCE).until(() -> received.of(id).size() == 3);
        assertThat(received.of(id)).extracting(ReceivedEvents.Received::sequence).containsExactly(1L, 2L, 3L);
        assertThat(received.of(id)).extracting(ReceivedEvents.Received::legalName)
                .containsExactly("Ferme A", "Ferme B", "Ferme C");
        await().atMost(PATIENCE).until(() -> !mongo.findById(id, Parcel.class, Parcel.COLLECTION).outboxPending());
        assertThat(mongo.findById(id, Parcel.class, Parcel.COLLECTION).outbox()).isEmpty();
    }

    @Test
    void anUpdateAtAVersionThatMovedOnWritesNothing() {
        String id = "emp-" + UUID.randomUUID();
        store.insert(new Parcel(id, 1, outbox.events(employer(id, "Ferme A")), true), Parcel.COLLECTION);
        store.updateAtVersion(Parcel.COLLECTION, id, 1, null, outbox.append(new Update(), 1, employer(id, "B")), Parcel.class);

        assertThat(store.updateAtVersion(Parcel.COLLECTION, id, 1, null,
                outbox.append(new Update(), 1, employer(id, "stale")), Parcel.class)).isEmpty();
        await().atMost(PATIENCE).until(() -> received.of(id).size() == 2);
        assertThat(received.of(id)).extracting(ReceivedEvents.Received::legalName).containsExactly("Ferme A", "B");
    }

    @Test
    void aMalformedRecordAndAnUnknownVersionGoToTheDeadLettersAtOnceWithTheirReasonAndTheNextRecordIsApplied() {
        String poisoned = "emp-" + UUID.randomUUID();
        String unknown = "emp-" + UUID.randomUUID();
        String next = "emp-" + UUID.randomUUID();
        EventEnvelope template = EventEnvelope.wrap(employer(poisoned, "x"), Instant.now(), 1);
        kafka.send(Topics.RECRUITING, poisoned, "{not json".getBytes(StandardCharsets.UTF_8), template.headers());
        Map<String, String> v9 = new HashMap<>(EventEnvelope.wrap(employer(unknown, "x"), Instant.now(), 1).headers());
        v9.put("ce_type", "qc.mobility.recruiting.EmployerRegistered.v9");
        kafka.send(Topics.RECRUITING, unknown, EventEnvelope.wrap(employer(unknown, "x"), Instant.now(), 1).data(), v9);
        kafka.publish(EventEnvelope.wrap(employer(next, "Ferme suivante"), Instant.now(), 1));

        List<ConsumerRecord<String, byte[]>> dead = kafka.awaitRecords(Topics.deadLetter(Topics.RECRUITING),
                r -> r.key().equals(poisoned) || r.key().equals(unknown), 2, PATIENCE);
        assertThat(dead).allSatisfy(r -> {
            assertThat(KafkaTestClient.header(r, DeadLetters.ORIGINAL_TOPIC)).isEqualTo(Topics.RECRUITING);
            assertThat(KafkaTestClient.header(r, DeadLetters.ORIGINAL_GROUP)).isEqualTo("messaging-test");
        });
        assertThat(dead).anySatisfy(r -> assertThat(KafkaTestClient.header(r, DeadLetters.EXCEPTION_MESSAGE)).contains("JSON"));
        assertThat(dead).anySatisfy(r -> assertThat(KafkaTestClient.header(r, DeadLetters.EXCEPTION_MESSAGE)).contains("v9"));
        await().atMost(PATIENCE).until(() -> received.of(next).size() == 1);
    }

    @Test
    void aPassingDatabaseFailureIsRetriedUntilTheEventIsAppliedAndNeverDeadLettered() {
        String id = "emp-" + UUID.randomUUID();
        received.failNextCalls(id, 6);
        kafka.publish(EventEnvelope.wrap(employer(id, "Ferme patiente"), Instant.now(), 1));

        await().atMost(PATIENCE).until(() -> received.of(id).size() == 1);
        assertThat(received.attempts(id)).isEqualTo(7);
        String marker = "emp-" + UUID.randomUUID();
        received.reject(marker);
        kafka.publish(EventEnvelope.wrap(employer(marker, "marker"), Instant.now(), 1));
        List<ConsumerRecord<String, byte[]>> dead = kafka.awaitRecords(Topics.deadLetter(Topics.RECRUITING),
                r -> r.key().equals(marker) || r.key().equals(id), 1, PATIENCE);
        assertThat(dead).extracting(ConsumerRecord::key).containsExactly(marker);
    }

    @Test
    void aRejectedEventIsDeadLetteredThenAppliedOnceWhenMifiReplaysTheDeadLetters() {
        String id = "emp-" + UUID.randomUUID();
        received.reject(id);
        kafka.publish(EventEnvelope.wrap(employer(id, "Ferme refusée"), Instant.now(), 1));
        kafka.awaitRecordsWithKey(Topics.deadLetter(Topics.RECRUITING), id, 1, PATIENCE);
        assertThat(replay.list()).anySatisfy(letter -> {
            assertThat(letter.subject()).isEqualTo(id);
            assertThat(letter.reason()).contains("cannot be applied");
        });

        received.accept(id);
        await().atMost(PATIENCE).until(() -> {
            replay.replay();
            return received.of(id).size() == 1;
        });
        replay.replay();

        assertThat(received.of(id)).hasSize(1);
        assertThat(replay.list()).filteredOn(letter -> letter.subject().equals(id))
                .singleElement().satisfies(letter -> assertThat(letter.replayed()).isTrue());
        assertThat(mongo.exists(query(where("_id").is("messaging-test:mobility.recruiting.v1.dlq")),
                "dead_letter_replays")).isTrue();
    }

    private static EmployerRegistered employer(String id, String name) {
        EmployerRegistered sample = EventFixtures.sample(EmployerRegistered.class);
        return new EmployerRegistered(id, name, sample.neq(), sample.region(), sample.sector());
    }
}
