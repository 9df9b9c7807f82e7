package qc.passerelle.agri.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import qc.passerelle.agri.AgriScenarios;
import qc.passerelle.contracts.EventCatalogue;
import qc.passerelle.contracts.EventSchemas;
import qc.passerelle.contracts.Topics;
import qc.passerelle.contracts.agriworkers.ConditionReportFiled;
import qc.passerelle.contracts.agriworkers.ConditionReportResolved;
import qc.passerelle.contracts.agriworkers.WorkerAbsent;
import qc.passerelle.contracts.agriworkers.WorkerArrived;
import qc.passerelle.contracts.agriworkers.WorkerDeparted;
import qc.passerelle.contracts.agriworkers.WorkerTransferred;
import qc.passerelle.testsupport.HttpTestClient;
import qc.passerelle.testsupport.KafkaTestClient;
import tools.jackson.databind.JsonNode;

/** Arrivals, transfers, absences and departures as employers report them, on the embedded infrastructure and on the real images. */
abstract class WorkerScenarios extends AgriScenarios {

    static final String ARRIVAL_DATE = LocalDate.now().minusDays(3).toString();
    static final String FARM = "emp-ferme-001";

    HttpTestClient http;
    String unit;

    @BeforeEach
    void asMifiWithAFarm() {
        http = as(tokens.mifi());
        unit = compliantUnitOf(FARM);
    }

    /** An arrival of a new person each call (one person arrives once a season). */
    static String arrivalJson(String citizenship, String employerId, String unitId) {
        return """
                {"givenName": "José Luis", "familyName": "Pérez %s", "citizenship": "%s", "birthYear": 1991,
                 "stream": "TFWP_AGRICULTURAL", "employerId": "%s", "housingUnitId": "%s",
                 "arrivalDate": "%s", "flightNumber": "TS 1321", "returning": true}
                """.formatted(UUID.randomUUID(), citizenship, employerId, unitId, ARRIVAL_DATE);
    }

    String arrivalJson(String citizenship) {
        return arrivalJson(citizenship, FARM, unit);
    }

    String arrived(String citizenship) {
        HttpTestClient.Response created = http.postJson("/api/workers/arrivals", arrivalJson(citizenship));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("workerId").asString();
    }

    static String transferJson(String employerId, String unitId, boolean consented) {
        return """
                {"toEmployerId": "%s", "toHousingUnitId": "%s", "transferDate": "%s", "workerConsented": %s}"""
                .formatted(employerId, unitId, LocalDate.now(), consented);
    }

    static final String DEPARTURE = """
            {"departureDate": "%s", "reason": "END_OF_CONTRACT"}""".formatted(LocalDate.now());

    @Test
    void anArrivalIsCreatedAndPublishedAsTheWorkersFirstEventFollowingItsSchema() {
        HttpTestClient.Response created = http.postJson("/api/workers/arrivals", arrivalJson("GT"));

        assertThat(created.status()).isEqualTo(201);
        String workerId = created.json().get("workerId").asString();
        assertThat(created.headers().firstValue("Location")).contains("/api/workers/" + workerId);
        assertThat(http.get("/api/workers/" + workerId).json().get("status").asString()).isEqualTo("PRESENT");

        ConsumerRecord<String, byte[]> record = eventsOf(workerId, 1).get(0);
        assertThat(KafkaTestClient.header(record, "ce_type")).isEqualTo("qc.mobility.agri-workers.WorkerArrived.v1");
        assertThat(KafkaTestClient.header(record, "ce_source")).isEqualTo("/services/agricultural-workers");
        assertThat(KafkaTestClient.header(record, "ce_subject")).isEqualTo(workerId);
        assertThat(KafkaTestClient.header(record, "ce_sequence")).isEqualTo("1");
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
        String workerId = first.json().get("workerId").asString();
        // a later event of the same worker: anything the repeat had published would stand before it on the topic
        http.postJson("/api/workers/" + workerId + "/departures", DEPARTURE);

        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json().get("workerId").asString()).isEqualTo(workerId);
        assertThat(mongo.getCollection(Worker.COLLECTION)
                .countDocuments(new Document("idempotencyKey", "mifi-analyst/" + key.get("Idempotency-Key")))).isEqualTo(1);
        assertThat(eventsOf(workerId, 2)).extracting(r -> KafkaTestClient.header(r, "ce_type")).containsExactly(
                "qc.mobility.agri-workers.WorkerArrived.v1", "qc.mobility.agri-workers.WorkerDeparted.v1");
        assertThat(kafka.awaitRecords(Topics.AGRI_WORKERS, r -> KafkaTestClient.header(r, "ce_type").endsWith("WorkerArrived.v1")
                && new String(r.value()).contains(first.json().get("familyName").asString()), 1, PATIENCE)).hasSize(1);
    }

    @Test
    void theSameIdempotencyKeyWithAnotherBodyIsAConflictOnArrivalsAndOnTransitions() {
        Map<String, String> key = Map.of("Idempotency-Key", "arrival-" + UUID.randomUUID());
        String workerId = http.postJson("/api/workers/arrivals", arrivalJson("MX"), key).json().get("workerId").asString();
        HttpTestClient.Response otherArrival = http.postJson("/api/workers/arrivals", arrivalJson("GT"), key);

        Map<String, String> transitionKey = Map.of("Idempotency-Key", "leave-" + UUID.randomUUID());
        HttpTestClient.Response absent = http.postJson("/api/workers/" + workerId + "/absences",
                "{\"lastSeenOn\": \"" + LocalDate.now() + "\"}", transitionKey);
        HttpTestClient.Response sameAgain = http.postJson("/api/workers/" + workerId + "/absences",
                "{\"lastSeenOn\": \"" + LocalDate.now() + "\"}", transitionKey);
        HttpTestClient.Response otherBody = http.postJson("/api/workers/" + workerId + "/departures", DEPARTURE, transitionKey);

        assertThat(otherArrival.status()).isEqualTo(409);
        assertThat(otherArrival.contentType()).startsWith("application/problem+json");
        assertThat(otherArrival.json().get("field").asString()).isEqualTo("Idempotency-Key");
        assertThat(absent.status()).isEqualTo(201);
        assertThat(sameAgain.status()).isEqualTo(201);
        assertThat(sameAgain.json().get("version").asLong()).isEqualTo(absent.json().get("version").asLong());
        assertThat(otherBody.status()).isEqualTo(409);
        assertThat(otherBody.json().get("field").asString()).isEqualTo("Idempotency-Key");
        assertThat(http.get("/api/workers/" + workerId).json().get("status").asString()).isEqualTo("ABSENT");
    }

    static Stream<Arguments> invalidArrivals() {
        String valid = arrivalJson("GT", FARM, "unit-x");
        return Stream.of(
                Arguments.of("a country name instead of a code", valid.replace("\"GT\"", "\"Guatemala\""), "citizenship"),
                Arguments.of("a code that is no country", valid.replace("\"GT\"", "\"XX\""), "citizenship"),
                Arguments.of("a negative birth year", valid.replace("1991", "-5"), "birthYear"),
                Arguments.of("an unknown stream", valid.replace("TFWP_AGRICULTURAL", "PTAT"), "stream"),
                Arguments.of("an impossible date", valid.replace(ARRIVAL_DATE, "2026-13-45"), "arrivalDate"),
                Arguments.of("no flight", valid.replace("\"flightNumber\": \"TS 1321\",", ""), "flightNumber"),
                Arguments.of("a blank name", valid.replace("\"José Luis\"", "\"  \""), "givenName"),
                Arguments.of("a unit that does not exist", valid, "housingUnitId"),
                Arguments.of("malformed JSON", valid.substring(0, 40), "body"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidArrivals")
    void invalidInputIsRefusedWithAProblemNamingTheFieldAndWritesNothing(String why, String json, String field) {
        long before = mongo.getCollection(Worker.COLLECTION).countDocuments();

        HttpTestClient.Response response = http.postJson("/api/workers/arrivals", json);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("field").asString()).isEqualTo(field);
        assertThat(mongo.getCollection(Worker.COLLECTION).countDocuments()).isEqualTo(before);
    }

    @Test
    void anArrivalNamesAUnitOfTheReceivingEmployerAndAnEmployerThisServiceKnows() {
        String otherFarm = knownEmployer();
        String unitOfOtherFarm = unitOf(otherFarm);
        String failing = failingUnitOf(FARM);

        HttpTestClient.Response intoOthersUnit = http.postJson("/api/workers/arrivals", arrivalJson("GT", FARM, unitOfOtherFarm));
        HttpTestClient.Response unknownEmployer = http.postJson("/api/workers/arrivals",
                arrivalJson("GT", "emp-never-registered", unit));
        HttpTestClient.Response intoFailingUnit = http.postJson("/api/workers/arrivals", arrivalJson("GT", FARM, failing));

        assertThat(intoOthersUnit.status()).isEqualTo(400);
        assertThat(intoOthersUnit.json().get("field").asString()).isEqualTo("housingUnitId");
        assertThat(unknownEmployer.status()).isEqualTo(409);
        assertThat(unknownEmployer.json().get("field").asString()).isEqualTo("employerId");
        // the worker is there: the arrival is accepted, and the common view raises the alert
        assertThat(intoFailingUnit.status()).isEqualTo(201);
    }

    @Test
    void aDepartureIsPublishedAfterTheArrivalAndCannotHappenTwice() {
        String workerId = arrived("HN");

        HttpTestClient.Response departed = http.postJson("/api/workers/" + workerId + "/departures", DEPARTURE);
        HttpTestClient.Response twice = http.postJson("/api/workers/" + workerId + "/departures", DEPARTURE);

        assertThat(departed.status()).isEqualTo(201);
        assertThat(departed.json().get("status").asString()).isEqualTo("DEPARTED");
        assertThat(twice.status()).isEqualTo(409);
        List<ConsumerRecord<String, byte[]>> events = eventsOf(workerId, 2);
        assertThat(events).extracting(r -> KafkaTestClient.header(r, "ce_type")).containsExactly(
                "qc.mobility.agri-workers.WorkerArrived.v1", "qc.mobility.agri-workers.WorkerDeparted.v1");
        assertThat(events).extracting(r -> KafkaTestClient.header(r, "ce_sequence")).containsExactly("1", "2");
        assertThat(EventSchemas.problems(EventCatalogue.of(WorkerDeparted.class), events.get(1).value())).isEmpty();
    }

    @Test
    void aDepartureBeforeTheArrivalOrOfAnUnknownWorkerIsRefused() {
        String workerId = arrived("HN");

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
    void aWorkerMovesOnlyToAKnownEmployersOwnUnitWithConsentAndAnAbsenceIsPublishedAtOnce() {
        String employerId = knownEmployer();
        String unitThere = unitOf(employerId);
        String workerId = arrived("GT");
        String transfers = "/api/workers/" + workerId + "/transfers";

        HttpTestClient.Response unknown = http.postJson(transfers, transferJson("emp-nobody", unitThere, true));
        HttpTestClient.Response noConsent = http.postJson(transfers, transferJson(employerId, unitThere, false));
        HttpTestClient.Response wrongUnit = http.postJson(transfers, transferJson(employerId, unit, true));
        HttpTestClient.Response moved = http.postJson(transfers, transferJson(employerId, unitThere, true));
        HttpTestClient.Response absent = http.postJson("/api/workers/" + workerId + "/absences",
                "{\"lastSeenOn\": \"" + LocalDate.now() + "\"}");
        HttpTestClient.Response transferWhileAbsent = http.postJson(transfers, transferJson(employerId, unitThere, true));

        assertThat(unknown.status()).isEqualTo(409);
        assertThat(unknown.json().get("field").asString()).isEqualTo("toEmployerId");
        assertThat(noConsent.status()).isEqualTo(400);
        assertThat(noConsent.json().get("field").asString()).isEqualTo("workerConsented");
        assertThat(wrongUnit.status()).isEqualTo(400);
        assertThat(wrongUnit.json().get("field").asString()).isEqualTo("toHousingUnitId");
        assertThat(moved.status()).isEqualTo(201);
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

    /** A consulate's list comes in pages, sorted by family name whatever the case, counted in full. */
    @Test
    void aConsulatesListIsPagedInNameOrder() {
        for (String familyName : List.of("Zamora", "Alvarez", "mendoza")) {
            String json = arrivalJson("KN").replaceFirst("\"familyName\": \"[^\"]*\"", "\"familyName\": \"" + familyName + "\"");
            assertThat(http.postJson("/api/workers/arrivals", json).status()).isEqualTo(201);
        }
        HttpTestClient consulate = as(tokens.consulate("KN"));
        org.awaitility.Awaitility.await().atMost(PATIENCE)
                .until(() -> consulate.get("/api/workers").json().get("totalItems").asInt() == 3);

        JsonNode first = consulate.get("/api/workers?size=2").json();
        JsonNode second = consulate.get("/api/workers?size=2&page=1").json();
        assertThat(first.get("items").findValuesAsString("familyName")).containsExactly("Alvarez", "mendoza");
        assertThat(second.get("items").findValuesAsString("familyName")).containsExactly("Zamora");
        assertThat(first.get("totalItems").asInt()).isEqualTo(3);
        assertThat(consulate.get("/api/workers?status=DEPARTED").json().get("totalItems").asInt()).isZero();
    }

    /** The lists read small per-country and per-employer documents: they follow a worker from one farm to the next. */
    @Test
    void theListsOfACountryAndOfEachEmployerFollowAWorkerWhoMoves() {
        String other = knownEmployer();
        String unitThere = unitOf(other);
        String workerId = arrived("BZ");
        HttpTestClient farm = as(tokens.employer(FARM));
        HttpTestClient otherFarm = as(tokens.employer(other));
        org.awaitility.Awaitility.await().atMost(PATIENCE).until(() -> farm.get("/api/workers").body().contains(workerId));

        assertThat(http.postJson("/api/workers/" + workerId + "/transfers", transferJson(other, unitThere, true)).status()).isEqualTo(201);

        org.awaitility.Awaitility.await().atMost(PATIENCE).until(() -> otherFarm.get("/api/workers").body().contains(workerId)
                && !farm.get("/api/workers?size=200").body().contains(workerId));
        JsonNode belize = as(tokens.consulate("BZ")).get("/api/workers?status=PRESENT").json();
        assertThat(belize.get("items").findValuesAsString("workerId")).contains(workerId);
        assertThat(belize.get("items").findValuesAsString("employerId")).containsOnly(other);
        assertThat(as(tokens.consulate("BZ")).get("/api/workers?status=DEPARTED").json().get("totalItems").asInt()).isZero();
    }

    /**
     * The former employer departs the worker while MIFI transfers them, at the same instant: exactly one of the two
     * happens, and the events say what happened (never a departure by an employer the worker no longer works for).
     */
    @Test
    void aDepartureRacingATransferLeavesExactlyOneOfThem() throws Exception {
        String newEmployer = knownEmployer();
        String newUnit = unitOf(newEmployer);
        HttpTestClient farm = as(tokens.employer(FARM));
        List<String> outcomes = new ArrayList<>();
        for (int round = 0; round < 10; round++) {
            String workerId = arrived("GT");
            CyclicBarrier together = new CyclicBarrier(2);
            CompletableFuture<HttpTestClient.Response> departure = CompletableFuture.supplyAsync(() -> {
                await(together);
                return farm.postJson("/api/workers/" + workerId + "/departures", DEPARTURE);
            });
            CompletableFuture<HttpTestClient.Response> transfer = CompletableFuture.supplyAsync(() -> {
                await(together);
                return http.postJson("/api/workers/" + workerId + "/transfers", transferJson(newEmployer, newUnit, true));
            });
            int departed = departure.get().status();
            int transferred = transfer.get().status();

            assertThat(List.of(departed, transferred)).as("round %d", round).containsOnlyOnce(201);
            assertThat(List.of(departed, transferred)).as("round %d", round).containsAnyOf(409, 404);
            JsonNode worker = http.get("/api/workers/" + workerId).json();
            List<ConsumerRecord<String, byte[]>> events = eventsOf(workerId, 2);
            if (departed == 201) {
                assertThat(worker.get("status").asString()).isEqualTo("DEPARTED");
                assertThat(worker.get("employerId").asString()).isEqualTo(FARM);
                assertThat(KafkaTestClient.header(events.get(1), "ce_type")).endsWith("WorkerDeparted.v1");
            } else {
                assertThat(worker.get("status").asString()).isEqualTo("PRESENT");
                assertThat(worker.get("employerId").asString()).isEqualTo(newEmployer);
                assertThat(KafkaTestClient.header(events.get(1), "ce_type")).endsWith("WorkerTransferred.v1");
            }
            assertThat(worker.get("version").asLong()).isEqualTo(2);
            outcomes.add(departed == 201 ? "departed" : "transferred");
        }
        assertThat(outcomes).hasSize(10);
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aConsulatesReportIsKeptAsWrittenSeenByItsCountryAndTheUnitsInspectorAndFollowedToItsResolution() {
        String workerId = arrived("GT");
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
        HttpTestClient.Response employer = http.withToken(tokens.employer(FARM)).get(path);
        HttpTestClient.Response otherInspector = http.withToken(tokens.token("inspector-99", List.of("INSPECTOR"), Map.of())).get(path);
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
        assertThat(otherInspector.status()).isEqualTo(404);
        assertThat(acknowledged.json().get("status").asString()).isEqualTo("ACKNOWLEDGED");
        assertThat(resolved.json().get("status").asString()).isEqualTo("RESOLVED");
        assertThat(again.status()).isEqualTo(409);
        assertThat(http.withToken(tokens.consulate("GT")).get(path).json().get("text").asString()).isEqualTo(text);
        assertThat(http.withToken(tokens.consulate("GT")).get("/api/condition-reports?workerId=" + workerId).json()
                .get("totalItems").asInt()).isEqualTo(1);
        assertThat(http.withToken(tokens.consulate("MX")).get("/api/condition-reports?workerId=" + workerId).json()
                .get("totalItems").asInt()).isZero();
        assertThat(http.withToken(tokens.employer(FARM)).get("/api/condition-reports").status()).isEqualTo(403);
        String reportId = filed.json().get("reportId").asString();
        List<ConsumerRecord<String, byte[]>> events = kafka.awaitRecordsWithKey(Topics.AGRI_WORKERS, reportId, 2, PATIENCE);
        assertThat(EventSchemas.problems(EventCatalogue.of(ConditionReportFiled.class), events.get(0).value())).isEmpty();
        assertThat(EventSchemas.problems(EventCatalogue.of(ConditionReportResolved.class), events.get(1).value())).isEmpty();
        assertThat(new String(events.get(0).value(), java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("techo");
    }

    /** Mistreatment and recruitment-fee reports about workers elsewhere stay out of an inspector's reach. */
    @Test
    void anInspectorSeesAndActsOnTheReportsOfTheUnitsAssignedToThemOnly() {
        String elsewhere = knownEmployer();
        String unassignedUnit = as(tokens.employer(elsewhere)).postJson("/api/housing-units", unit(elsewhere, facts(1)))
                .json().get("housingUnitId").asString();
        String workerElsewhere = http.postJson("/api/workers/arrivals", arrivalJson("GT", elsewhere, unassignedUnit))
                .json().get("workerId").asString();
        String reportElsewhere = http.postJson("/api/condition-reports", """
                {"workerId": "%s", "filedBy": "SUPPORT_ORGANIZATION", "category": "MISTREATMENT", "language": "FR",
                 "text": "Menaces répétées du contremaître."}""".formatted(workerElsewhere)).json().get("reportId").asString();
        HttpTestClient inspector = http.withToken(tokens.inspector());

        assertThat(inspector.get("/api/condition-reports/" + reportElsewhere).status()).isEqualTo(404);
        assertThat(inspector.postJson("/api/condition-reports/" + reportElsewhere + "/acknowledgements", "{}").status()).isEqualTo(404);
        assertThat(inspector.postJson("/api/condition-reports/" + reportElsewhere + "/resolutions", "{\"note\": \"vu\"}").status()).isEqualTo(404);
        assertThat(inspector.get("/api/condition-reports?workerId=" + workerElsewhere).json().get("totalItems").asInt()).isZero();
        assertThat(inspector.postJson("/api/condition-reports", """
                {"workerId": "%s", "filedBy": "INSPECTOR", "category": "HOUSING", "language": "FR", "text": "x"}"""
                .formatted(workerElsewhere)).status()).isEqualTo(400);
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
