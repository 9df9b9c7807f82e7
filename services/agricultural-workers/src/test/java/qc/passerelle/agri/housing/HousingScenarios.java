package qc.passerelle.agri.housing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import qc.passerelle.contracts.EventCatalogue;
import qc.passerelle.contracts.EventSchemas;
import qc.passerelle.contracts.Topics;
import qc.passerelle.contracts.agriworkers.HousingDeficiencyCorrected;
import qc.passerelle.contracts.agriworkers.HousingInspected;
import qc.passerelle.contracts.agriworkers.HousingUnitRegistered;
import qc.passerelle.contracts.agriworkers.LabourRequestSubmitted;
import qc.passerelle.testsupport.AccessMatrix;
import qc.passerelle.testsupport.HttpTestClient;
import qc.passerelle.testsupport.KafkaTestClient;
import qc.passerelle.agri.AgriScenarios;
import tools.jackson.databind.JsonNode;

/** Housing declared by an employer, inspected under a rule set, corrected: on embedded infrastructure and real images. */
abstract class HousingScenarios extends AgriScenarios {

    /** A unit of a known employer, registered by it and assigned by MIFI to the test inspector. */
    String registered(String employerId) {
        return unitOf(employerId);
    }

    @Test
    void anInspectionUnderTheDraftNamesEachDeficiencyAndTheApprovedCapacityAndAReInspectionReplacesIt() {
        String unitId = registered("emp-a");

        JsonNode draft = as(tokens.inspector()).postJson("/api/housing-units/" + unitId + "/inspections",
                inspection("CNESST_2026_DRAFT", facts(1))).json().get("latestInspection").get("evaluation");
        JsonNode federal = as(tokens.inspector()).postJson("/api/housing-units/" + unitId + "/inspections",
                inspection("FEDERAL_MINIMUM", facts(1))).json().get("latestInspection").get("evaluation");

        assertThat(draft.get("result").asString()).isEqualTo("NON_COMPLIANT");
        assertThat(draft.get("approvedCapacity").asInt()).isEqualTo(4);
        assertThat(draft.get("deficiencies").findValuesAsString("rule")).containsExactlyInAnyOrder(
                "CNESST_2026_DRAFT/A/occupants-per-room", "CNESST_2026_DRAFT/B/occupants-per-room",
                "CNESST_2026_DRAFT/toilets", "CNESST_2026_DRAFT/showers");
        assertThat(federal.get("result").asString()).isEqualTo("COMPLIANT");
        assertThat(as(tokens.employer("emp-a")).get("/api/housing-units/" + unitId).json()
                .get("latestInspection").get("evaluation").get("approvedCapacity").asInt()).isEqualTo(8);

        List<ConsumerRecord<String, byte[]>> events = kafka.awaitRecordsWithKey(Topics.AGRI_WORKERS, unitId, 3, PATIENCE);
        assertThat(events).extracting(r -> KafkaTestClient.header(r, "ce_type")).containsExactly(
                "qc.mobility.agri-workers.HousingUnitRegistered.v1", "qc.mobility.agri-workers.HousingInspected.v1",
                "qc.mobility.agri-workers.HousingInspected.v1");
        assertThat(EventSchemas.problems(EventCatalogue.of(HousingUnitRegistered.class), events.get(0).value())).isEmpty();
        assertThat(EventSchemas.problems(EventCatalogue.of(HousingInspected.class), events.get(1).value())).isEmpty();
    }

    @Test
    void aDeficiencyIsCorrectedOnceAndPublished() {
        String unitId = registered("emp-a");
        JsonNode inspected = as(tokens.inspector()).postJson("/api/housing-units/" + unitId + "/inspections",
                inspection("CNESST_2026_DRAFT", facts(1))).json();
        String deficiencyId = inspected.get("latestInspection").get("evaluation").get("deficiencies").get(0)
                .get("deficiencyId").asString();
        String correction = "{\"correctedOn\": \"" + LocalDate.now() + "\"}";
        String path = "/api/housing-units/" + unitId + "/deficiencies/" + deficiencyId + "/corrections";

        HttpTestClient.Response first = as(tokens.employer("emp-a")).postJson(path, correction);
        HttpTestClient.Response again = as(tokens.employer("emp-a")).postJson(path, correction);

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().get("correctedDeficiencies").get(0).asString()).isEqualTo(deficiencyId);
        assertThat(again.status()).isEqualTo(409);
        ConsumerRecord<String, byte[]> corrected = kafka.awaitRecordsWithKey(Topics.AGRI_WORKERS, unitId, 3, PATIENCE).get(2);
        assertThat(KafkaTestClient.header(corrected, "ce_type")).isEqualTo("qc.mobility.agri-workers.HousingDeficiencyCorrected.v1");
        assertThat(EventSchemas.problems(EventCatalogue.of(HousingDeficiencyCorrected.class), corrected.value())).isEmpty();
    }

    static Stream<Arguments> invalidInputs() {
        return Stream.of(
                Arguments.of("negative toilets", "/api/housing-units", unit("emp-a", facts(-1)), "facts.toilets", 400),
                Arguments.of("unknown region", "/api/housing-units", unit("emp-a", facts(1)).replace("MONTEREGIE", "ONTARIO"), "region", 400),
                Arguments.of("no rooms", "/api/housing-units", unit("emp-a", facts(1).replaceAll("(?s)\"rooms\": \\[.*?\\],", "\"rooms\": [],")), "facts.rooms", 400),
                Arguments.of("malformed JSON", "/api/housing-units", "{\"employerId\": ", "body", 400));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidInputs")
    void invalidInputIsRefusedWithAProblemNamingTheFieldAndWritesNothing(String why, String path, String json, String field,
                                                                         int status) {
        knownEmployer("emp-a");
        long before = mongo.getCollection(HousingUnitRepository.COLLECTION).countDocuments();

        HttpTestClient.Response response = as(tokens.mifi()).postJson(path, json);

        assertThat(mongo.getCollection(HousingUnitRepository.COLLECTION).countDocuments()).isEqualTo(before);
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("field").asString()).isEqualTo(field);
    }

    @Test
    void anUnknownRuleSetOrUnitIsRefused() {
        String unitId = registered("emp-a");

        HttpTestClient.Response unknownRules = as(tokens.inspector()).postJson("/api/housing-units/" + unitId + "/inspections",
                inspection("STRICTEST", facts(1)));
        HttpTestClient.Response unknownUnit = as(tokens.inspector()).postJson("/api/housing-units/unit-nowhere/inspections",
                inspection("FEDERAL_MINIMUM", facts(1)));

        assertThat(unknownRules.status()).isEqualTo(400);
        assertThat(unknownRules.json().get("field").asString()).isEqualTo("ruleSet");
        assertThat(unknownUnit.status()).isEqualTo(404);
    }

    static String labourRequest(String employerId, int positions, String unitId, LocalDate start, LocalDate end) {
        return """
                {"employerId": "%s", "season": %d, "stream": "SAWP", "positions": %d, "sendingCountries": ["MX", "GT"],
                 "arrivalWindowStart": "%s", "arrivalWindowEnd": "%s", "housingUnitIds": ["%s"]}"""
                .formatted(employerId, start.getYear(), positions, start, end, unitId);
    }

    @Test
    void aLabourRequestIsAcceptedOnlyWithinTheApprovedCapacityOfItsInspectedHousing() {
        String unitId = registered("emp-a");
        LocalDate start = LocalDate.now().plusMonths(2);
        HttpTestClient employer = as(tokens.employer("emp-a"));

        HttpTestClient.Response uninspected = employer.postJson("/api/labour-requests", labourRequest("emp-a", 1, unitId, start, start.plusDays(20)));
        as(tokens.inspector()).postJson("/api/housing-units/" + unitId + "/inspections", inspection("FEDERAL_MINIMUM", facts(1)));
        HttpTestClient.Response tooMany = employer.postJson("/api/labour-requests", labourRequest("emp-a", 9, unitId, start, start.plusDays(20)));
        java.util.Map<String, String> key = java.util.Map.of("Idempotency-Key", "lr-" + unitId);
        HttpTestClient.Response fits = employer.postJson("/api/labour-requests", labourRequest("emp-a", 8, unitId, start, start.plusDays(20)), key);
        HttpTestClient.Response repeated = employer.postJson("/api/labour-requests", labourRequest("emp-a", 8, unitId, start, start.plusDays(20)), key);
        HttpTestClient.Response keyReused = employer.postJson("/api/labour-requests", labourRequest("emp-a", 7, unitId, start, start.plusDays(20)), key);
        HttpTestClient.Response unknownUnit = employer.postJson("/api/labour-requests", labourRequest("emp-a", 1, "unit-nowhere", start, start.plusDays(20)));
        HttpTestClient.Response backwards = employer.postJson("/api/labour-requests", labourRequest("emp-a", 1, unitId, start, start.minusDays(1)));

        assertThat(uninspected.status()).isEqualTo(409);
        assertThat(uninspected.json().get("field").asString()).isEqualTo("housingUnitIds");
        assertThat(tooMany.status()).isEqualTo(409);
        assertThat(tooMany.json().get("detail").asString()).contains("9");
        assertThat(fits.status()).isEqualTo(201);
        assertThat(fits.json().get("approvedCapacity").asInt()).isEqualTo(8);
        assertThat(fits.body()).doesNotContain("outbox");
        assertThat(unknownUnit.status()).isEqualTo(400);
        assertThat(unknownUnit.json().get("field").asString()).isEqualTo("housingUnitIds");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.json().get("field").asString()).isEqualTo("arrivalWindowEnd");
        String requestId = fits.json().get("labourRequestId").asString();
        assertThat(repeated.status()).isEqualTo(201);
        assertThat(repeated.json().get("labourRequestId").asString()).isEqualTo(requestId);
        assertThat(keyReused.status()).isEqualTo(409);
        assertThat(mongo.getCollection("labour_requests").countDocuments(new org.bson.Document("housingUnitIds", unitId))).isEqualTo(1);
        assertThat(employer.get("/api/labour-requests").body()).contains(requestId);
        assertThat(as(tokens.employer("emp-b")).get("/api/labour-requests").body()).doesNotContain(requestId);
        ConsumerRecord<String, byte[]> event = kafka.awaitRecordsWithKey(Topics.AGRI_WORKERS, requestId, 1, PATIENCE).get(0);
        assertThat(EventSchemas.problems(EventCatalogue.of(LabourRequestSubmitted.class), event.value())).isEmpty();
    }

    @Test
    void housingIsSeenByItsEmployerItsAssignedInspectorsAndMifiOnly() {
        String unitOfA = registered("emp-a");
        knownEmployer("emp-b");
        String unassigned = as(tokens.employer("emp-a")).postJson("/api/housing-units", unit("emp-a", facts(1))).json()
                .get("housingUnitId").asString();

        AccessMatrix.on(HttpTestClient.onPort(port))
                .post("/api/housing-units", unit("emp-a", facts(1)), tokens.employer("emp-b"), 403)
                .post("/api/housing-units", unit("emp-a", facts(1)), tokens.consulate("GT"), 403)
                .post("/api/housing-units", unit("emp-a", facts(1)), null, 401)
                .post("/api/housing-units/" + unitOfA + "/inspections", inspection("FEDERAL_MINIMUM", facts(1)), tokens.employer("emp-a"), 403)
                .get("/api/housing-units/" + unitOfA, tokens.employer("emp-a"), 200)
                .get("/api/housing-units/" + unitOfA, tokens.employer("emp-b"), 404)
                .get("/api/housing-units/" + unitOfA, tokens.inspector(), 200)
                .get("/api/housing-units/" + unitOfA, tokens.consulate("GT"), 403)
                .get("/api/housing-units/" + unitOfA, tokens.mifi(), 200)
                .get("/api/housing-units/" + unassigned, tokens.inspector(), 404)
                .post("/api/housing-units/" + unassigned + "/inspections", inspection("FEDERAL_MINIMUM", facts(1)), tokens.inspector(), 404)
                .post("/api/housing-units/" + unassigned + "/assignments", "{\"inspector\": \"inspector-07\"}", tokens.inspector(), 403)
                .get("/api/housing-units", tokens.employer("emp-b"), 200, "only emp-b's", p -> p.get("items").valueStream()
                        .allMatch(u -> u.get("employerId").asString().equals("emp-b")))
                .get("/api/housing-units?region=MONTEREGIE", tokens.inspector(), 200, "assigned units only", p -> p.get("items")
                        .valueStream().allMatch(u -> u.get("assignedInspectors").toString().contains("inspector-07")))
                .get("/api/housing-units?result=BAD", tokens.mifi(), 400)
                .post("/api/labour-requests", labourRequest("emp-a", 1, unitOfA, LocalDate.now(), LocalDate.now()), tokens.employer("emp-b"), 403)
                .post("/api/labour-requests", labourRequest("emp-a", 1, unitOfA, LocalDate.now(), LocalDate.now()), tokens.consulate("MX"), 403)
                .verify();
    }

    @Test
    void twoLabourRequestsCannotBookTheSameBedsTwiceEvenAtTheSameInstant() throws Exception {
        String employer = knownEmployer();
        String unitId = compliantUnitOf(employer);
        LocalDate start = LocalDate.now().plusMonths(2);
        HttpTestClient http = as(tokens.employer(employer));

        HttpTestClient.Response five = http.postJson("/api/labour-requests", labourRequest(employer, 5, unitId, start, start.plusDays(20)));
        HttpTestClient.Response fiveMore = http.postJson("/api/labour-requests", labourRequest(employer, 5, unitId, start, start.plusDays(20)));
        java.util.List<java.util.concurrent.CompletableFuture<Integer>> racing = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            racing.add(java.util.concurrent.CompletableFuture.supplyAsync(() ->
                    http.postJson("/api/labour-requests", labourRequest(employer, 1, unitId, start, start.plusDays(20))).status()));
        }
        java.util.List<Integer> statuses = new java.util.ArrayList<>();
        for (var future : racing) {
            statuses.add(future.get());
        }

        assertThat(five.status()).isEqualTo(201);
        assertThat(fiveMore.status()).isEqualTo(409);
        assertThat(fiveMore.json().get("field").asString()).isEqualTo("housingUnitIds");
        assertThat(statuses).filteredOn(s -> s == 201).hasSize(3);
        assertThat(statuses).filteredOn(s -> s != 201).containsOnly(409);
        JsonNode unit = as(tokens.mifi()).get("/api/housing-units/" + unitId).json();
        assertThat(unit.get("approvedCapacity").asInt()).isEqualTo(8);
        assertThat(unit.get("reservedPositions").asInt()).isEqualTo(8);
        assertThat(unit.get("freeCapacity").asInt()).isZero();
    }

    @Test
    void anEmployerThisServiceHasNotLearnedOfCannotRegisterHousingNorRequestLabour() {
        String unknown = "emp-unknown-" + java.util.UUID.randomUUID();

        HttpTestClient.Response housing = as(tokens.mifi()).postJson("/api/housing-units", unit(unknown, facts(1)));
        HttpTestClient.Response labour = as(tokens.mifi()).postJson("/api/labour-requests",
                labourRequest(unknown, 1, "unit-x", LocalDate.now(), LocalDate.now()));

        assertThat(housing.status()).isEqualTo(409);
        assertThat(housing.json().get("field").asString()).isEqualTo("employerId");
        assertThat(labour.status()).isEqualTo(409);
        assertThat(labour.json().get("field").asString()).isEqualTo("employerId");
    }

    @Test
    void everyHousingEventCarriesTheUnitsNextSequence() {
        String employer = knownEmployer();
        String unitId = compliantUnitOf(employer);
        as(tokens.inspector()).postJson("/api/housing-units/" + unitId + "/inspections", inspection("CNESST_2026_DRAFT", facts(1)));

        List<ConsumerRecord<String, byte[]>> events = kafka.awaitRecordsWithKey(Topics.AGRI_WORKERS, unitId, 3, PATIENCE);

        assertThat(events).extracting(r -> KafkaTestClient.header(r, "ce_sequence")).containsExactly("1", "2", "3");
    }
}
