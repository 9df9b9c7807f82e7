package qc.passerelle.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import qc.passerelle.contracts.EventEnvelope;
import qc.passerelle.contracts.EventFixtures;
import qc.passerelle.contracts.Topics;
import qc.passerelle.contracts.recruiting.EmployerRegistered;
import qc.passerelle.messaging.outbox.AggregateStore;
import qc.passerelle.messaging.outbox.Outbox;
import qc.passerelle.messaging.outbox.PendingEvent;
import qc.passerelle.messaging.testapp.MessagingTestApplication;
import qc.passerelle.messaging.testapp.Parcel;
import qc.passerelle.messaging.testapp.ReceivedEvents;
import qc.passerelle.testsupport.EmbeddedInfrastructure;
import qc.passerelle.testsupport.KafkaTestClient;

/**
 * One trace id from the HTTP request to the consumers, on the real broker and wire server: an event a request writes
 * is published with the request's trace in its {@code traceparent} header; its consumer handles it with that trace id
 * in the logging context, and what the consumer writes in turn carries the same trace on; an outbox entry written
 * before entries recorded their trace still goes out, in a trace of its own.
 */
@SpringBootTest(classes = MessagingTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"spring.application.name=messaging-test",
                "passerelle.messaging.consumer.topics=mobility.recruiting.v1",
                "passerelle.messaging.consumer.retry-first=100ms",
                "passerelle.messaging.consumer.retry-max=1s"})
class TraceAcrossKafkaTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String TRACEPARENT = "00-([0-9a-f]{32})-([0-9a-f]{16})-[0-9a-f]{2}";

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

    KafkaTestClient kafka;

    @BeforeEach
    void openKafka() {
        kafka = new KafkaTestClient(EmbeddedInfrastructure.get().kafkaBootstrapServers());
    }

    @AfterEach
    void closeKafka() {
        kafka.close();
        MDC.clear();
    }

    /** What libs/web's request filter puts in the logging context for a request that came with a traceparent. */
    static void duringARequest(String traceId, String spanId, Runnable command) {
        MDC.put("correlationId", traceId);
        MDC.put("traceId", traceId);
        MDC.put("spanId", spanId);
        try {
            command.run();
        } finally {
            MDC.clear();
        }
    }

    @Test
    void anEventWrittenDuringARequestIsPublishedAndHandledInTheRequestsTrace() {
        String id = "emp-" + UUID.randomUUID();
        String traceId = randomHex(32);
        String requestSpan = randomHex(16);
        duringARequest(traceId, requestSpan, () -> {
            store.insert(new Parcel(id, 1, outbox.events(employer(id, "Ferme A")), true), Parcel.COLLECTION);
            store.updateAtVersion(Parcel.COLLECTION, id, 1, null, outbox.append(new Update(), 1, employer(id, "Ferme B")),
                    Parcel.class);
        });

        List<ConsumerRecord<String, byte[]>> records = kafka.awaitRecordsWithKey(Topics.RECRUITING, id, 2, PATIENCE);
        assertThat(records).allSatisfy(r -> {
            String traceparent = KafkaTestClient.header(r, "traceparent");
            assertThat(traceparent).matches(TRACEPARENT);
            assertThat(traceparent.substring(3, 35)).isEqualTo(traceId);
            // the publication is a step of its own in the trace, a child of the request's span
            assertThat(traceparent.substring(36, 52)).isNotEqualTo(requestSpan);
            // the CloudEvents headers are still all there
            assertThat(KafkaTestClient.header(r, "ce_id")).isNotBlank();
            assertThat(KafkaTestClient.header(r, "ce_sequence")).isNotBlank();
        });
        await().atMost(PATIENCE).until(() -> received.of(id).size() == 2);
        assertThat(received.of(id)).extracting(ReceivedEvents.Received::traceId).containsOnly(traceId);
    }

    @Test
    void aRecordWithATraceparentIsHandledWithItsTraceIdInTheLoggingContextAndWhatTheHandlerWritesCarriesItOn() {
        String id = "emp-" + UUID.randomUUID();
        String traceId = randomHex(32);
        EventEnvelope envelope = EventEnvelope.wrap(employer(id, MessagingTestApplication.RELAYED + " de Lanaudière"),
                Instant.now(), 1);
        Map<String, String> headers = new HashMap<>(envelope.headers());
        headers.put("traceparent", "00-" + traceId + "-" + randomHex(16) + "-01");
        kafka.send(Topics.RECRUITING, id, envelope.data(), headers);

        await().atMost(PATIENCE).until(() -> received.of(id).size() == 1);
        assertThat(received.of(id).getFirst().traceId()).isEqualTo(traceId);

        String onward = id + "-onward";
        ConsumerRecord<String, byte[]> written = kafka.awaitRecordsWithKey(Topics.RECRUITING, onward, 1, PATIENCE).getFirst();
        assertThat(KafkaTestClient.header(written, "traceparent")).matches(TRACEPARENT).contains("-" + traceId + "-");
        await().atMost(PATIENCE).until(() -> received.of(onward).size() == 1);
        assertThat(received.of(onward).getFirst().traceId()).isEqualTo(traceId);
    }

    @Test
    void aRecordWithoutAValidTraceparentIsHandledInANewTraceOfItsOwn() {
        String id = "emp-" + UUID.randomUUID();
        EventEnvelope envelope = EventEnvelope.wrap(employer(id, "Ferme sans trace"), Instant.now(), 1);
        Map<String, String> headers = new HashMap<>(envelope.headers());
        headers.put("traceparent", "00-" + "0".repeat(32) + "-" + randomHex(16) + "-01");
        kafka.send(Topics.RECRUITING, id, envelope.data(), headers);

        await().atMost(PATIENCE).until(() -> received.of(id).size() == 1);
        assertThat(received.of(id).getFirst().traceId()).matches("[0-9a-f]{32}").isNotEqualTo("0".repeat(32));
    }

    @Test
    void anOutboxEntryWrittenBeforeEntriesRecordedTheirTraceIsStillPublishedInANewTrace() {
        String id = "emp-" + UUID.randomUUID();
        EventEnvelope envelope = EventEnvelope.wrap(employer(id, "Ferme d'avant"), Instant.now(), 1);
        // no traceparent in the stored entry, as in documents written by an earlier version
        PendingEvent old = new PendingEvent(envelope.id(), envelope.type(), envelope.source(), envelope.subject(),
                envelope.time(), envelope.dataSchema(), envelope.sequence(), envelope.dataAsString(), null);
        store.insert(new Parcel(id, 1, List.of(old), true), Parcel.COLLECTION);
        assertThat(store.mongo().findById(id, org.bson.Document.class, Parcel.COLLECTION)
                .getList(Outbox.EVENTS, org.bson.Document.class).getFirst()).doesNotContainKey("traceparent");

        ConsumerRecord<String, byte[]> published = kafka.awaitRecordsWithKey(Topics.RECRUITING, id, 1, PATIENCE).getFirst();
        String traceparent = KafkaTestClient.header(published, "traceparent");
        assertThat(traceparent).matches(TRACEPARENT);
        await().atMost(PATIENCE).until(() -> received.of(id).size() == 1);
        assertThat(received.of(id).getFirst().traceId()).isEqualTo(traceparent.substring(3, 35));
    }

    @Test
    void eventsWrittenOutsideAnyRequestOrRecordStartATraceEach() {
        String first = "emp-" + UUID.randomUUID();
        String second = "emp-" + UUID.randomUUID();
        store.insert(new Parcel(first, 1, outbox.events(employer(first, "Minuterie 1")), true), Parcel.COLLECTION);
        store.insert(new Parcel(second, 1, outbox.events(employer(second, "Minuterie 2")), true), Parcel.COLLECTION);

        String a = KafkaTestClient.header(kafka.awaitRecordsWithKey(Topics.RECRUITING, first, 1, PATIENCE).getFirst(), "traceparent");
        String b = KafkaTestClient.header(kafka.awaitRecordsWithKey(Topics.RECRUITING, second, 1, PATIENCE).getFirst(), "traceparent");
        assertThat(a).matches(TRACEPARENT);
        assertThat(b).matches(TRACEPARENT);
        assertThat(a.substring(3, 35)).isNotEqualTo(b.substring(3, 35));
    }

    private static String randomHex(int digits) {
        StringBuilder hex = new StringBuilder();
        while (hex.length() < digits) {
            hex.append(UUID.randomUUID().toString().replace("-", ""));
        }
        return hex.substring(0, digits);
    }

    private static EmployerRegistered employer(String id, String name) {
        EmployerRegistered sample = EventFixtures.sample(EmployerRegistered.class);
        return new EmployerRegistered(id, name, sample.neq(), sample.region(), sample.sector());
    }
}
