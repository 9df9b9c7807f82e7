package qc.passerelle.messaging.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.dao.DataAccessResourceFailureException;
import qc.passerelle.contracts.EventEnvelope;
import qc.passerelle.contracts.EventFixtures;
import qc.passerelle.contracts.Topics;
import qc.passerelle.contracts.agriworkers.LabourRequestSubmitted;
import qc.passerelle.contracts.recruiting.EmployerRegistered;

/** How the dispatcher sorts failures: poison to the dead letters at once, everything else delivered again. */
class EventDispatcherTest {

    final MockProducer<String, byte[]> dlq = new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer());
    final List<String> applied = new ArrayList<>();
    final Map<String, RuntimeException> failures = new HashMap<>();

    EventDispatcher dispatcher() {
        EventHandler<EmployerRegistered> handler = EventHandler.of(EmployerRegistered.class, (event, envelope) -> {
            RuntimeException failure = failures.get(event.employerId());
            if (failure != null) {
                throw failure;
            }
            applied.add(event.employerId());
        });
        return new EventDispatcher(List.of(handler), List.of(),
                new DeadLetters(dlq, "test-group", Duration.ofSeconds(1)), ConsumerMetrics.none());
    }

    static Delivery good(String id, long offset) {
        EmployerRegistered sample = EventFixtures.sample(EmployerRegistered.class);
        EventEnvelope envelope = EventEnvelope.wrap(new EmployerRegistered(id, "Ferme", sample.neq(), sample.region(),
                sample.sector()), Instant.now(), 1);
        return new Delivery(Topics.RECRUITING, 0, offset, id, envelope.headers(), envelope.data());
    }

    static Delivery poison(long offset) {
        Delivery template = good("emp-poison", offset);
        return new Delivery(Topics.RECRUITING, 0, offset, "emp-poison", template.headers(),
                "{not json".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aPoisonRecordIsDeadLetteredWithItsReasonAndTheRecordsAroundItAreApplied() {
        EventDispatcher.Outcome outcome = dispatcher().dispatch(List.of(good("emp-1", 0), poison(1), good("emp-2", 2)));

        assertThat(applied).containsExactly("emp-1", "emp-2");
        assertThat(outcome.deadLettered()).isEqualTo(1);
        assertThat(dlq.history()).singleElement().satisfies(record -> {
            assertThat(record.topic()).isEqualTo(Topics.deadLetter(Topics.RECRUITING));
            assertThat(new String(record.headers().lastHeader(DeadLetters.EXCEPTION_MESSAGE).value())).contains("JSON");
            assertThat(new String(record.headers().lastHeader(DeadLetters.ORIGINAL_OFFSET).value())).isEqualTo("1");
            assertThat(new String(record.headers().lastHeader(DeadLetters.ORIGINAL_GROUP).value())).isEqualTo("test-group");
        });
    }

    @Test
    void aPassingFailureAsksForTheRecordsFromItsRunToBeDeliveredAgainAndDeadLettersNothing() {
        failures.put("emp-3", new DataAccessResourceFailureException("the database is away"));

        assertThatThrownBy(() -> dispatcher().dispatch(List.of(good("emp-1", 0), poison(1), good("emp-2", 2), good("emp-3", 3))))
                .isInstanceOfSatisfying(DeliveryFailedException.class, e -> assertThat(e.index()).isEqualTo(2));
        assertThat(applied).containsExactly("emp-1", "emp-2");
        assertThat(dlq.history()).hasSize(1);
    }

    /** A batch decoded on another thread ahead of its turn applies, dead-letters and resumes as one dispatched at once. */
    @Test
    void aBatchDecodedAheadIsDispatchedLaterAndResumedFromTheRecordThatFailed() throws Exception {
        failures.put("emp-3", new DataAccessResourceFailureException("the database is away"));
        EventDispatcher dispatcher = dispatcher();
        EventDispatcher.Prepared batch = java.util.concurrent.CompletableFuture.supplyAsync(() -> dispatcher.prepare(
                List.of(good("emp-1", 0), poison(1), good("emp-2", 2), good("emp-3", 3), good("emp-4", 4)))).get();
        assertThat(applied).as("nothing applied while decoding").isEmpty();
        assertThat(dlq.history()).as("nothing dead-lettered while decoding").isEmpty();

        assertThatThrownBy(() -> dispatcher.dispatch(batch))
                .isInstanceOfSatisfying(DeliveryFailedException.class, e -> assertThat(e.index()).isEqualTo(2));
        failures.clear();
        EventDispatcher.Outcome outcome = dispatcher.dispatch(batch.from(2));

        // emp-2, in the run that failed, is applied again (the handlers are idempotent)
        assertThat(applied).containsExactly("emp-1", "emp-2", "emp-2", "emp-3", "emp-4");
        assertThat(outcome.applied()).isEqualTo(3);
        assertThat(batch.where(1)).isEqualTo(poison(1).where());
        assertThat(dlq.history()).singleElement().satisfies(record ->
                assertThat(new String(record.headers().lastHeader(DeadLetters.ORIGINAL_OFFSET).value())).isEqualTo("1"));
    }

    @Test
    void aDeadLetterThatCannotBeWrittenIsNotSkipped() {
        dlq.sendException = new org.apache.kafka.common.errors.TimeoutException("broker away");

        assertThatThrownBy(() -> dispatcher().dispatch(List.of(good("emp-1", 0), poison(1), good("emp-2", 2))))
                .isInstanceOfSatisfying(DeliveryFailedException.class, e -> assertThat(e.index()).isEqualTo(1));
        assertThat(applied).containsExactly("emp-1");
    }

    @Test
    void aHandlersRejectionDeadLettersThatEventOnly() {
        failures.put("emp-2", new EventRejectedException("employer emp-2 cannot be applied"));

        EventDispatcher.Outcome outcome = dispatcher().dispatch(List.of(good("emp-1", 0), good("emp-2", 1), good("emp-3", 2)));

        assertThat(applied).containsExactly("emp-1", "emp-3");
        assertThat(outcome.deadLettered()).isEqualTo(1);
        assertThat(dlq.history()).extracting(r -> r.key()).containsExactly("emp-2");
    }

    @Test
    void eventsNobodyHandlesAreSkippedWithoutATrace() {
        LabourRequestSubmitted request = EventFixtures.sample(LabourRequestSubmitted.class);
        EventEnvelope envelope = EventEnvelope.wrap(request, Instant.now(), 1);

        EventDispatcher.Outcome outcome = dispatcher().dispatch(List.of(new Delivery(Topics.AGRI_WORKERS, 0, 0,
                request.subject(), envelope.headers(), envelope.data())));

        assertThat(outcome.skipped()).isEqualTo(1);
        assertThat(dlq.history()).isEmpty();
    }
    static Delivery traced(String id, long offset, String traceparent) {
        Delivery delivery = good(id, offset);
        Map<String, String> headers = new HashMap<>(delivery.headers());
        headers.put("traceparent", traceparent);
        return new Delivery(delivery.topic(), 0, offset, id, headers, delivery.value());
    }

    static final String TRACE_A = "4bf92f3577b34da6a3ce929d0e0e4736";
    static final String TRACE_B = "0af7651916cd43dd8448eb211c80319c";

    @Test
    void aHandlerRunsWithItsRecordsTraceIdInTheLoggingContextWhichIsClearedAfterwards() {
        Map<String, String> seen = new HashMap<>();
        EventHandler<EmployerRegistered> handler = EventHandler.of(EmployerRegistered.class,
                (event, envelope) -> seen.put(event.employerId(), MDC.get("traceId") + "/" + MDC.get("correlationId")));
        EventDispatcher dispatcher = new EventDispatcher(List.of(handler), List.of(),
                new DeadLetters(dlq, "test-group", Duration.ofSeconds(1)), ConsumerMetrics.none());

        dispatcher.dispatch(List.of(traced("emp-1", 0, "00-" + TRACE_A + "-00f067aa0ba902b7-01"),
                traced("emp-2", 1, "00-" + TRACE_B + "-b7ad6b7169203331-01"), traced("emp-3", 2, "garbage")));

        assertThat(seen).containsEntry("emp-1", TRACE_A + "/" + TRACE_A).containsEntry("emp-2", TRACE_B + "/" + TRACE_B);
        assertThat(seen.get("emp-3")).matches("([0-9a-f]{32})/\\1");
        assertThat(MDC.get("traceId")).isNull();
        assertThat(MDC.get("correlationId")).isNull();
    }

    @Test
    void aProjectionWorksInTheTraceOfItsRunOrNamesEveryTraceOfAMixedRun() {
        List<String> seen = new ArrayList<>();
        BatchProjection projection = new BatchProjection() {
            @Override
            public java.util.Set<Class<? extends qc.passerelle.contracts.MobilityEvent>> eventTypes() {
                return java.util.Set.of(EmployerRegistered.class);
            }

            @Override
            public void apply(List<Delivered<?>> events) {
                seen.add(MDC.get("traceId") + "|" + MDC.get("correlationId"));
            }
        };
        EventDispatcher dispatcher = new EventDispatcher(List.of(), List.of(projection),
                new DeadLetters(dlq, "test-group", Duration.ofSeconds(1)), ConsumerMetrics.none());

        dispatcher.dispatch(List.of(traced("emp-1", 0, "00-" + TRACE_A + "-00f067aa0ba902b7-01"),
                traced("emp-2", 1, "00-" + TRACE_A + "-b7ad6b7169203331-01")));
        dispatcher.dispatch(List.of(traced("emp-1", 2, "00-" + TRACE_A + "-00f067aa0ba902b7-01"),
                traced("emp-2", 3, "00-" + TRACE_B + "-b7ad6b7169203331-01")));

        assertThat(seen.get(0)).isEqualTo(TRACE_A + "|" + TRACE_A);
        String[] mixed = seen.get(1).split("\\|");
        assertThat(mixed[0]).matches("[0-9a-f]{32}").isNotIn(TRACE_A, TRACE_B);
        assertThat(mixed[1]).isEqualTo(TRACE_A + " " + TRACE_B);
        assertThat(MDC.get("traceId")).isNull();
    }
}
