package qc.passerelle.commonview.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import qc.passerelle.commonview.support.Season;
import qc.passerelle.contracts.EventEnvelope;
import qc.passerelle.contracts.EventFixtures;
import qc.passerelle.contracts.Topics;
import qc.passerelle.contracts.agriworkers.WorkerAbsent;
import qc.passerelle.contracts.agriworkers.LabourRequestSubmitted;
import qc.passerelle.contracts.agriworkers.WorkerArrived;
import qc.passerelle.contracts.agriworkers.WorkerDeparted;
import qc.passerelle.contracts.agriworkers.WorkerTransferred;
import qc.passerelle.testsupport.HttpTestClient;
import qc.passerelle.testsupport.KafkaTestClient;
import qc.passerelle.testsupport.ServiceScenarios;
import tools.jackson.databind.JsonNode;

/** What common-view's consumer must do, run on the embedded infrastructure and again on the real images. */
abstract class WorkerProjectionScenarios extends ServiceScenarios {


    @Autowired
    MongoTemplate mongo;

    HttpTestClient http;

    @BeforeEach
    void asMifi() {
        http = as(tokens.mifi());
    }

    @Test
    void anArrivalOnTheTopicShowsInTheConsulateViewOfItsCountryOnly() {
        String country = Season.unusedCountry();
        WorkerArrived arrival = arrival("wkr-" + UUID.randomUUID(), country);

        kafka.publish(EventEnvelope.wrap(arrival, Instant.now(), 1));

        JsonNode page = awaitWorkers(country, 1);
        assertThat(page.get("items").get(0).get("workerId").asString()).isEqualTo(arrival.workerId());
        assertThat(page.get("items").get(0).get("familyName").asString()).isEqualTo(arrival.familyName());
        assertThat(page.get("items").get(0).get("status").asString()).isEqualTo("PRESENT");
        assertThat(workers("MX").get("items").findValuesAsString("workerId")).doesNotContain(arrival.workerId());
    }

    @Test
    void theSameEventDeliveredTwiceCountsOnce() {
        String country = Season.unusedCountry();
        EventEnvelope envelope = EventEnvelope.wrap(arrival("wkr-" + UUID.randomUUID(), country), Instant.now(), 1);
        EventEnvelope marker = EventEnvelope.wrap(arrival("wkr-" + UUID.randomUUID(), country), Instant.now(), 1);

        kafka.publish(envelope);
        kafka.publish(envelope);
        kafka.publish(marker);

        JsonNode page = awaitWorkers(country, 2);
        assertThat(page.get("totalItems").asInt()).isEqualTo(2);
        JsonNode history = itemOf(workers(country), envelope.subject()).get("history");
        assertThat(history.size()).isEqualTo(1);
        assertThat(history.get(0).get("eventId").asString()).isEqualTo(envelope.id());
    }

    @Test
    void aMalformedRecordGoesToTheDeadLetterTopicWithItsReasonAndTheConsumerGoesOn() {
        String country = Season.unusedCountry();
        String poisonKey = "poison-" + UUID.randomUUID();
        kafka.send(Topics.AGRI_WORKERS, poisonKey, "{not json".getBytes(StandardCharsets.UTF_8),
                Map.of("ce_specversion", "1.0", "ce_id", UUID.randomUUID().toString(),
                        "ce_type", "qc.mobility.agri-workers.WorkerArrived.v1", "ce_source", "/test",
                        "ce_subject", poisonKey, "ce_time", Instant.now().toString(), "ce_sequence", "1"));
        WorkerArrived after = arrival("wkr-" + UUID.randomUUID(), country);
        kafka.publish(EventEnvelope.wrap(after, Instant.now(), 1));

        awaitWorkers(country, 1);
        ConsumerRecord<String, byte[]> dead =
                kafka.awaitRecordsWithKey(Topics.deadLetter(Topics.AGRI_WORKERS), poisonKey, 1, PATIENCE).get(0);
        assertThat(KafkaTestClient.header(dead, "x-exception-message")).contains("not JSON");
        assertThat(KafkaTestClient.header(dead, "x-original-topic")).isEqualTo(Topics.AGRI_WORKERS);
    }

    @Test
    void aTransferAndThenAnAbsenceShowInTheConsulateViewInTheirOrder() {
        String country = Season.unusedCountry();
        WorkerArrived arrival = arrival("wkr-" + UUID.randomUUID(), country);
        WorkerTransferred transfer = EventFixtures.sample(WorkerTransferred.class);
        WorkerAbsent absence = EventFixtures.sample(WorkerAbsent.class);

        kafka.publish(EventEnvelope.wrap(arrival, Instant.now(), 1));
        kafka.publish(EventEnvelope.wrap(new WorkerTransferred(arrival.workerId(), country, arrival.employerId(),
                "emp-ferme-002", "unit-0020", transfer.transferDate(), true), Instant.now(), 2));
        kafka.publish(EventEnvelope.wrap(new WorkerAbsent(arrival.workerId(), country, "emp-ferme-002", "unit-0020",
                absence.lastSeenOn()), Instant.now(), 3));

        await().atMost(PATIENCE).until(() -> workers(country).get("items").size() == 1
                && itemOf(workers(country), arrival.workerId()).get("history").size() == 3);
        JsonNode worker = itemOf(workers(country), arrival.workerId());
        assertThat(worker.get("status").asString()).isEqualTo("ABSENT");
        assertThat(worker.get("employerId").asString()).isEqualTo("emp-ferme-002");
        assertThat(worker.get("history").findValuesAsString("type"))
                .containsExactly("WorkerArrived", "WorkerTransferred", "WorkerAbsent");
    }

    @Test
    void aCountryThatIsNotAnIsoCodeIsRefusedWithAProblemNamingTheField() {
        HttpTestClient.Response response = http.get("/api/views/consulates/guatemala/workers");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("field").asString()).isEqualTo("country");
    }

    @Test
    void aPageLargerThanTheLimitIsRefused() {
        HttpTestClient.Response response = http.get("/api/views/consulates/GT/workers?size=5000");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("field").asString()).isEqualTo("size");
    }

    /** Redelivery, replay and out-of-order delivery end in the same state: the newest event wins. */
    @Test
    void anOlderArrivalReplayedAfterTheDepartureLeavesTheWorkerDeparted() {
        String country = Season.unusedCountry();
        WorkerArrived arrival = arrival("wkr-" + UUID.randomUUID(), country);
        EventEnvelope arrived = EventEnvelope.wrap(arrival, Instant.now(), 1);
        WorkerDeparted departure = EventFixtures.sample(WorkerDeparted.class);
        EventEnvelope departed = EventEnvelope.wrap(new WorkerDeparted(arrival.workerId(), country, arrival.employerId(),
                departure.departureDate(), departure.reason()), Instant.now(), 2);

        kafka.publish(arrived);
        kafka.publish(departed);
        kafka.publish(arrived);
        kafka.publish(EventEnvelope.wrap(arrival, Instant.now(), 1));
        String marker = "wkr-" + UUID.randomUUID();
        kafka.publish(EventEnvelope.wrap(arrival(marker, country), Instant.now(), 1));

        awaitWorkers(country, 2);
        JsonNode worker = itemOf(workers(country), arrival.workerId());
        assertThat(worker.get("status").asString()).isEqualTo("DEPARTED");
        assertThat(worker.get("history").findValuesAsString("type")).startsWith("WorkerArrived").contains("WorkerDeparted");
    }

    @Test
    void aDepartureDeliveredBeforeItsArrivalEndsAsADepartedWorkerWithAName() {
        String country = Season.unusedCountry();
        WorkerArrived arrival = arrival("wkr-" + UUID.randomUUID(), country);
        WorkerDeparted departure = EventFixtures.sample(WorkerDeparted.class);

        kafka.publish(EventEnvelope.wrap(new WorkerDeparted(arrival.workerId(), country, arrival.employerId(),
                departure.departureDate(), departure.reason()), Instant.now(), 2));
        kafka.publish(EventEnvelope.wrap(arrival, Instant.now(), 1));

        await().atMost(PATIENCE).until(() -> workers(country).get("items").size() == 1
                && itemOf(workers(country), arrival.workerId()).get("history").size() == 2);
        JsonNode worker = itemOf(workers(country), arrival.workerId());
        assertThat(worker.get("status").asString()).isEqualTo("DEPARTED");
        assertThat(worker.get("familyName").asString()).isEqualTo(arrival.familyName());
        assertThat(worker.get("history").findValuesAsString("type")).containsExactly("WorkerArrived", "WorkerDeparted");
    }

    /** Nothing records every event that passes: what nobody handles leaves no trace, and nothing grows for ever. */
    @Test
    void eventsNobodyHereHandlesLeaveNoRecordBehind() {
        String country = Season.unusedCountry();
        LabourRequestSubmitted request = EventFixtures.sample(LabourRequestSubmitted.class);
        kafka.publish(EventEnvelope.wrap(request, Instant.now(), 1));
        kafka.publish(EventEnvelope.wrap(arrival("wkr-" + UUID.randomUUID(), country), Instant.now(), 1));

        awaitWorkers(country, 1);
        assertThat(mongo.collectionExists("processed_events")).isFalse();
    }

    private JsonNode awaitWorkers(String country, int count) {
        await().atMost(PATIENCE).until(() -> workers(country).get("totalItems").asInt() >= count);
        return workers(country);
    }

    private JsonNode workers(String country) {
        HttpTestClient.Response response = http.get("/api/views/consulates/" + country + "/workers");
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }

    private static JsonNode itemOf(JsonNode page, String workerId) {
        for (JsonNode item : page.get("items")) {
            if (item.get("workerId").asString().equals(workerId)) {
                return item;
            }
        }
        throw new AssertionError("no " + workerId + " in " + page);
    }

    static WorkerArrived arrival(String workerId, String country) {
        WorkerArrived f = EventFixtures.sample(WorkerArrived.class);
        return new WorkerArrived(workerId, f.givenName(), f.familyName(), country, f.birthYear(), f.stream(),
                f.employerId(), f.housingUnitId(), f.season(), f.arrivalDate(), f.flightNumber(), f.returning());
    }
}
