package qc.passerelle.agri.arrival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import qc.passerelle.contracts.EventCatalogue;
import qc.passerelle.contracts.EventSchemas;
import qc.passerelle.contracts.Topics;
import qc.passerelle.contracts.agriworkers.WorkerArrived;
import qc.passerelle.contracts.agriworkers.WorkerDeparted;
import qc.passerelle.contracts.agriworkers.WorkerAbsent;
import qc.passerelle.contracts.agriworkers.ConditionReportFiled;
import qc.passerelle.contracts.agriworkers.ConditionReportResolved;
import qc.passerelle.contracts.agriworkers.WorkerTransferred;
import qc.passerelle.contracts.recruiting.EmployerRegistered;
import qc.passerelle.contracts.EventEnvelope;
import qc.passerelle.contracts.EventFixtures;
import java.time.Instant;
import qc.passerelle.testsupport.HttpTestClient;
import qc.passerelle.testsupport.KafkaTestClient;
import qc.passerelle.testsupport.ServiceScenarios;
import tools.jackson.databind.JsonNode;

/** Arrivals and departures as an employer reports them, run on the embedded infrastructure and on the real images. */
abstract class ArrivalScenarios extends ServiceScenarios {

    static final String ARRIVAL_DATE = LocalDate.now().minusDays(3).toString();

    @Autowired
    MongoTemplate mongo;

    HttpTestClient http;

    @BeforeEach
    void asMifi() {
        http = as(tokens.mifi());
    }

    /** An arrival of a new person each call (one person arrives once a season). */
    static String arrivalJson(String citizenship) {
        return """
                {"givenName": "José Luis", "familyName": "Pérez %s", "citizenship": "%s", "birthYear": 1991,
                 "stream": "TFWP_AGRICULTURAL", "employerId": "emp-ferme-001", "housingUnitId": "unit-0012",
                 "arrivalDate": "%s", "flightNumber": "TS 1321", "returning": true}
                """.formatted(UUID.randomUUID(), citizenship, ARRIVAL_DATE);
    }

    @Test
    void anArrivalIsCreatedAndPublishedAsAWorkerArrivedEventThatFollowsItsSchema() {
        HttpTestClient.Response created = http.postJson("/api/workers/arrivals", arrivalJson("GT"));

        assertThat(created.status()).isEqualTo(201);
        String workerId = created.json().get("workerId").asString();
        assertThat(created.headers().firstValue("Location")).contains("/api/workers/" + workerId);
        assertThat(http.get("/api/workers/" + workerId).json().get("status").asString()).isEqualTo("PRESENT");

        ConsumerRecord<String, byte[]> record = eventsOf(workerId, 1).get(0);
        assertThat(KafkaTestClient.header(record, "ce_type")).isEqualTo("qc.mobility.agri-workers.WorkerArrived.v1");
        assertThat(KafkaTestClient.header(record, "ce_source")).isEqualTo("/services/agricultural-workers");
        assertThat(KafkaTestClient.header(record, "ce_subject")).isEqualTo(workerId);
        assertThat(KafkaTestClient.header(record, "ce_id")).isNotBlank();
        assertThat(EventSchemas.problems(EventCatalogue.of(WorkerArrived.class), record.value())).isEmpty();
        assertThat(new String(record.value())).doesNotContainIgnoringCase("passport");
    }

    @Test
    void aRepeatedIdempotencyKeyAnswersTheEarlierResultAndPublishesNothingNew() {
        Map<String, String> key = Map.of("Idempotency-Key", "arrival-" + UUID.randomUUID());

        String arrival = arrivalJson("MX");
        HttpTestClient.Response first = http.postJson("/api/workers/arrivals", arrival, key);
        HttpTestClient.Response again = http.postJson("/api/workers/arrivals", arrival, key);

        assertThat(again.status()).isEqualTo(201);
        String workerId = first.json().get("workerId").asString();
        assertThat(again.json().get("workerId").asString()).isEqualTo(workerId);
        assertThat(mongo.getCollection(WorkerRepository.COLLECTION)
                .countDocuments(new Document("idempotencyKey", "mifi-analyst/" + key.get("Idempotency-Key")))).isEqualTo(1);
        assertThat(eventsOf(workerId, 1)).hasSize(1);
    }

    @Test
    void theSameIdempotencyKeyWithAnotherBodyIsAConflict() {
        Map<String, String> key = Map.of("Idempotency-Key", "arrival-" + UUID.randomUUID());
        http.postJson("/api/workers/arrivals", arrivalJson("MX"), key);

        HttpTestClient.Response other = http.postJson("/api/workers/arrivals", arrivalJson("GT"), key);

        assertThat(other.status()).isEqualTo(409);
        assertThat(other.contentType()).startsWith("application/problem+json");
    }

    static Stream<Arguments> invalidArrivals() {
        String valid = arrivalJson("GT");
        return Stream.of(
                Arguments.of("a country name instead of a code", valid.replace("\"GT\"", "\"Guatemala\""), "citizenship"),
                Arguments.of("a code that is no country", valid.replace("\"GT\"", "\"XX\""), "citizenship"),
                Arguments.of("a negative birth year", valid.replace("1991", "-5"), "birthYear"),
                Arguments.of("an unknown stream", valid.replace("TFWP_AGRICULTURAL", "PTAT"), "stream"),
                Arguments.of("an impossible date", valid.replace(ARRIVAL_DATE, "2026-13-45"), "arrivalDate"),
                Arguments.of("no flight", valid.replace("\"flightNumber\": \"TS 1321\",", ""), "flightNumber"),
                Arguments.of("a blank name", valid.replace("\"José Luis\"", "\"  \""), "givenName"),
                Arguments.of("malformed JSON", valid.substring(0, 40), "body"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidArrivals")
    void invalidInputIsRefusedWithAProblemNamingTheFieldAndWritesNothing(String why, String json, String field) {
        long before = mongo.getCollection(WorkerRepository.COLLECTION).countDocuments();

        HttpTestClient.Response response = http.postJson("/api/workers/arrivals", json);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("field").asString()).isEqualTo(field);
        assertThat(mongo.getCollection(WorkerRepository.COLLECTION).countDocuments()).isEqualTo(before);
    }

    @Test
    void aDepartureIsPublishedAfterTheArrivalAndCannotHappenTwice() {
        String workerId = http.postJson("/api/workers/arrivals", arrivalJson("HN")).json().get("workerId").asString();
        String departure = """
                {"departureDate": "%s", "reason": "END_OF_CONTRACT"}""".formatted(LocalDate.now());

        HttpTestClient.Response departed = http.postJson("/api/workers/" + workerId + "/departures", departure);
        HttpTestClient.Response twice = http.postJson("/api/workers/" + workerId + "/departures", departure);

        assertThat(departed.status()).isEqualTo(201);
        assertThat(departed.json().get("status").asString()).isEqualTo("DEPARTED");
        assertThat(twice.status()).isEqualTo(409);
        List<ConsumerRecord<String, byte[]>> events = eventsOf(workerId, 2);
        assertThat(events).extracting(r -> KafkaTestClient.header(r, "ce_type")).containsExactly(
                "qc.mobility.agri-workers.WorkerArrived.v1", "qc.mobility.agri-workers.WorkerDeparted.v1");
        assertThat(EventSchemas.problems(EventCatalogue.of(WorkerDeparted.class), events.get(1).value())).isEmpty();
    }

    @Test
    void aDepartureBeforeTheArrivalOrOfAnUnknownWorkerIsRefused() {
        String workerId = http.postJson("/api/workers/arrivals", arrivalJson("HN")).json().get("workerId").asString();

        HttpTestClient.Response early = http.postJson("/api/workers/" + workerId + "/departures",
                "{\"departureDate\": \"2000-01-01\", \"reason\": \"VOLUNTARY\"}");
        HttpTestClient.Response unknown = http.postJson("/api/workers/wkr-nobody/departures",
                "{\"departureDate\": \"2027-01-01\", \"reason\": \"VOLUNTARY\"}");

        assertThat(early.status()).isEqualTo(400);
        assertThat(early.json().get("field").asString()).isEqualTo("departureDate");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
    }

    @Test
    void thePersonArrivingTwiceInOneSeasonIsAConflict() {
        String arrival = arrivalJson("MX");
        assertThat(http.postJson("/api/workers/arrivals", arrival).status()).isEqualTo(201);

        HttpTestClient.Response twice = http.postJson("/api/workers/arrivals", arrival.replace("TS 1321", "AM 680"));

        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aWorkerMovesOnlyToARegisteredEmployerWithConsentAndAnAbsenceIsPublishedAtOnce() {
        EmployerRegistered other = EventFixtures.sample(EmployerRegistered.class);
        String employerId = "emp-" + UUID.randomUUID();
        kafka.publish(EventEnvelope.wrap(new EmployerRegistered(employerId, other.legalName(), other.neq(),
                other.region(), other.sector()), Instant.now()));
        String workerId = http.postJson("/api/workers/arrivals", arrivalJson("GT")).json().get("workerId").asString();
        String transfer = """
                {"toEmployerId": "%s", "toHousingUnitId": "unit-0020", "transferDate": "%s", "workerConsented": %s}""";
        String transfers = "/api/workers/" + workerId + "/transfers";

        HttpTestClient.Response unknown = http.postJson(transfers, transfer.formatted("emp-nobody", LocalDate.now(), true));
        HttpTestClient.Response noConsent = http.postJson(transfers, transfer.formatted(employerId, LocalDate.now(), false));
        await().atMost(PATIENCE).until(() -> http.postJson(transfers,
                transfer.formatted(employerId, LocalDate.now(), true)).status() == 201);
        HttpTestClient.Response absent = http.postJson("/api/workers/" + workerId + "/absences",
                "{\"lastSeenOn\": \"" + LocalDate.now() + "\"}");
        HttpTestClient.Response transferWhileAbsent = http.postJson(transfers, transfer.formatted(employerId, LocalDate.now(), true));

        assertThat(unknown.status()).isEqualTo(409);
        assertThat(noConsent.status()).isEqualTo(400);
        assertThat(noConsent.json().get("field").asString()).isEqualTo("workerConsented");
        assertThat(absent.status()).isEqualTo(201);
        assertThat(absent.json().get("status").asString()).isEqualTo("ABSENT");
        assertThat(absent.json().get("employerId").asString()).isEqualTo(employerId);
        assertThat(transferWhileAbsent.status()).isEqualTo(409);
        List<ConsumerRecord<String, byte[]>> events = eventsOf(workerId, 3);
        assertThat(events).extracting(r -> KafkaTestClient.header(r, "ce_type")).containsExactly(
                "qc.mobility.agri-workers.WorkerArrived.v1", "qc.mobility.agri-workers.WorkerTransferred.v1",
                "qc.mobility.agri-workers.WorkerAbsent.v1");
        assertThat(EventSchemas.problems(EventCatalogue.of(WorkerTransferred.class), events.get(1).value())).isEmpty();
        assertThat(EventSchemas.problems(EventCatalogue.of(WorkerAbsent.class), events.get(2).value())).isEmpty();
    }

    @Test
    void aConsulatesReportIsKeptAsWrittenSeenByItsCountryOnlyAndFollowedToItsResolution() {
        String workerId = http.postJson("/api/workers/arrivals", arrivalJson("GT")).json().get("workerId").asString();
        String text = "El techo de la habitación deja pasar el agua; calefacción apagada desde el lunes.";
        String report = """
                {"workerId": "%s", "filedBy": "%s", "category": "HOUSING", "language": "ES", "text": "%s"}""";

        Map<String, String> key = Map.of("Idempotency-Key", "report-" + workerId);
        HttpTestClient.Response filed = http.withToken(tokens.consulate("GT")).postJson("/api/condition-reports",
                report.formatted(workerId, "CONSULATE", text), key);
        HttpTestClient.Response refiled = http.withToken(tokens.consulate("GT")).postJson("/api/condition-reports",
                report.formatted(workerId, "CONSULATE", text), key);
        HttpTestClient.Response asWorker = http.withToken(tokens.consulate("GT")).postJson("/api/condition-reports",
                report.formatted(workerId, "WORKER", text));
        String path = "/api/condition-reports/" + filed.json().get("reportId").asString();
        HttpTestClient.Response otherConsulate = http.withToken(tokens.consulate("MX")).get(path);
        HttpTestClient.Response employer = http.withToken(tokens.employer("emp-ferme-001")).get(path);
        HttpTestClient.Response acknowledged = http.withToken(tokens.inspector()).postJson(path + "/acknowledgements", "{}");
        HttpTestClient.Response resolved = http.withToken(tokens.inspector()).postJson(path + "/resolutions",
                "{\"note\": \"Toit réparé, chauffage rétabli le 3 décembre.\"}");
        HttpTestClient.Response again = http.withToken(tokens.inspector()).postJson(path + "/resolutions", "{\"note\": \"x\"}");

        assertThat(filed.status()).isEqualTo(201);
        assertThat(filed.json().get("status").asString()).isEqualTo("OPEN");
        assertThat(refiled.json().get("reportId").asString()).isEqualTo(filed.json().get("reportId").asString());
        assertThat(asWorker.status()).isEqualTo(403);
        assertThat(otherConsulate.status()).isEqualTo(404);
        assertThat(employer.status()).isEqualTo(403);
        assertThat(acknowledged.json().get("status").asString()).isEqualTo("ACKNOWLEDGED");
        assertThat(resolved.json().get("status").asString()).isEqualTo("RESOLVED");
        assertThat(again.status()).isEqualTo(409);
        assertThat(http.withToken(tokens.consulate("GT")).get(path).json().get("text").asString()).isEqualTo(text);
        assertThat(http.withToken(tokens.consulate("GT")).get("/api/condition-reports?workerId=" + workerId).json()
                .get("totalItems").asInt()).isEqualTo(1);
        assertThat(http.withToken(tokens.consulate("MX")).get("/api/condition-reports?workerId=" + workerId).json()
                .get("totalItems").asInt()).isZero();
        assertThat(http.withToken(tokens.employer("emp-ferme-001")).get("/api/condition-reports").status()).isEqualTo(403);
        String reportId = filed.json().get("reportId").asString();
        List<ConsumerRecord<String, byte[]>> events = kafka.awaitRecordsWithKey(Topics.AGRI_WORKERS, reportId, 2, PATIENCE);
        assertThat(EventSchemas.problems(EventCatalogue.of(ConditionReportFiled.class), events.get(0).value())).isEmpty();
        assertThat(EventSchemas.problems(EventCatalogue.of(ConditionReportResolved.class), events.get(1).value())).isEmpty();
        assertThat(new String(events.get(0).value(), java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("techo");
    }

    @Test
    void theServiceDescribesItsApiAndReportsItsHealth() {
        JsonNode api = http.get("/v3/api-docs").json();
        JsonNode health = http.get("/actuator/health").json();

        assertThat(api.get("paths").has("/api/workers/arrivals")).isTrue();
        assertThat(health.get("status").asString()).isEqualTo("UP");
    }

    /** The records of one worker on the topic, in topic order, once at least {@code count} are there. */
    List<ConsumerRecord<String, byte[]>> eventsOf(String workerId, int count) {
        return kafka.awaitRecordsWithKey(Topics.AGRI_WORKERS, workerId, count, PATIENCE);
    }
}
