package qc.passerelle.francization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Update;
import qc.passerelle.contracts.EventCatalogue;
import qc.passerelle.contracts.EventSchemas;
import qc.passerelle.contracts.Topics;
import qc.passerelle.contracts.francization.ScholarshipAwarded;
import qc.passerelle.francization.scholarship.OrphanAwardSweep;
import qc.passerelle.francization.scholarship.ScholarshipBudget;
import qc.passerelle.francization.scholarship.ScholarshipLedger;
import qc.passerelle.testsupport.EmbeddedInfrastructure;
import qc.passerelle.testsupport.HttpTestClient;
import qc.passerelle.testsupport.KafkaTestClient;
import qc.passerelle.testsupport.TestInfrastructure;
import tools.jackson.databind.JsonNode;

/** Scholarships within a yearly budget per program: to the cent, under concurrent awards, and after a crash. */
class ScholarshipTest extends FrancizationTestBase implements OnEmbeddedInfrastructure {

    @Autowired
    ScholarshipLedger ledger;
    @Autowired
    OrphanAwardSweep sweep;

    @Override
    protected TestInfrastructure infrastructure() {
        return EmbeddedInfrastructure.get();
    }

    /** A new program with a budget for 2027; answers the program. */
    String budget(String amount) {
        String program = "prog-" + UUID.randomUUID().toString().substring(0, 8);
        HttpTestClient.Response created = mifi.postJson("/api/scholarship-budgets", """
                {"program": "%s", "programName": "Allocation de participation", "year": 2027, "amountCad": %s}"""
                .formatted(program, amount));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return program;
    }

    static String award(String program, String amount, String accessPointId, String start, String end) {
        return """
                {"program": "%s", "amountCad": %s, "accessPointId": "%s", "periodStart": "%s", "periodEnd": "%s"}"""
                .formatted(program, amount, accessPointId, start, end);
    }

    static String award(String program, String amount) {
        return award(program, amount, "ap-online-platform", "2027-01-10", "2027-06-30");
    }

    JsonNode budgetOf(String program) {
        return mifi.get("/api/scholarship-budgets?year=2027&size=200").json().get("items").valueStream()
                .filter(b -> b.get("program").asString().equals(program)).findFirst().orElseThrow();
    }

    @Test
    void awardsAreKeptWithinTheYearlyBudgetToTheCentAndPublishedAsTheEnrolmentsEvents() {
        String program = budget("3000.00");
        String enrolmentId = registered("MX", "ap-online-platform", 2, null);
        String scholarships = "/api/enrolments/" + enrolmentId + "/scholarships";

        HttpTestClient.Response first = mifi.postJson(scholarships, award(program, "1000.00"));
        HttpTestClient.Response oneCentTooMuch = mifi.postJson(scholarships, award(program, "2000.01"));
        HttpTestClient.Response allThatIsLeft = mifi.postJson(scholarships, award(program, "2000"));
        HttpTestClient.Response nothingLeft = mifi.postJson(scholarships, award(program, "0.01"));
        HttpTestClient.Response noBudgetThatYear = mifi.postJson(scholarships,
                award(program, "10", "ap-online-platform", "2028-01-10", "2028-03-01"));

        assertThat(first.status()).isEqualTo(201);
        assertThat(oneCentTooMuch.status()).isEqualTo(409);
        assertThat(oneCentTooMuch.json().get("field").asString()).isEqualTo("amountCad");
        assertThat(allThatIsLeft.status()).isEqualTo(201);
        assertThat(allThatIsLeft.json().get("scholarships").size()).isEqualTo(2);
        assertThat(nothingLeft.status()).isEqualTo(409);
        assertThat(noBudgetThatYear.status()).isEqualTo(409);
        assertThat(noBudgetThatYear.json().get("field").asString()).isEqualTo("program");
        JsonNode budget = budgetOf(program);
        assertThat(budget.get("remainingCad").decimalValue()).isEqualByComparingTo("0");
        assertThat(budget.get("awardedCad").decimalValue()).isEqualByComparingTo("3000");
        List<ConsumerRecord<String, byte[]>> events = kafka.awaitRecordsWithKey(Topics.FRANCIZATION, enrolmentId, 3, PATIENCE);
        assertThat(events).extracting(r -> KafkaTestClient.header(r, "ce_type")).containsExactly(
                "qc.mobility.francization.FrancizationEnrolled.v1", "qc.mobility.francization.ScholarshipAwarded.v1",
                "qc.mobility.francization.ScholarshipAwarded.v1");
        assertThat(EventSchemas.problems(EventCatalogue.of(ScholarshipAwarded.class), events.get(1).value())).isEmpty();
        assertThat(json(events.get(1).value()).get("amountCad").decimalValue()).isEqualByComparingTo("1000");
        assertThat(json(events.get(2).value()).get("programName").asString()).isEqualTo("Allocation de participation");
    }

    @Test
    void badAwardsAreRefusedWithTheFieldNamedAndSpendNothing() {
        String program = budget("500");
        String enrolmentId = registered("MX", "ap-online-platform", 2, null);
        String scholarships = "/api/enrolments/" + enrolmentId + "/scholarships";
        Map<String, String> refused = Map.of(
                award(program, "0"), "amountCad",
                award(program, "-5"), "amountCad",
                award(program, "1.005"), "amountCad",
                award(program, "100000.01"), "amountCad",
                award(program, "10", "ap-online-platform", "2027-05-01", "2027-04-30"), "periodEnd",
                award(program, "10", "ap-online-platform", "2027-01-01", "2028-06-30"), "periodEnd",
                award(program, "10", "ap-nowhere", "2027-01-01", "2027-02-01"), "accessPointId",
                award("Not a program", "10"), "program",
                award(program, "10", "ap-online-platform", "2027-02-30", "2027-03-01"), "periodStart");

        refused.forEach((body, field) -> {
            HttpTestClient.Response response = mifi.postJson(scholarships, body);
            assertThat(response.status()).as(body).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().get("field").asString()).as(body).isEqualTo(field);
        });

        assertThat(budgetOf(program).get("remainingCad").decimalValue()).isEqualByComparingTo("500");
        assertThat(mifi.get("/api/enrolments/" + enrolmentId).json().get("version").asInt()).isEqualTo(1);
    }

    @Test
    void anAwardRepeatedWithItsIdempotencyKeySpendsOnceAndAnotherBodyWithTheKeyIsAConflict() {
        String program = budget("1000");
        String enrolmentId = registered("HN", "ap-online-platform", 1, null);
        String scholarships = "/api/enrolments/" + enrolmentId + "/scholarships";
        Map<String, String> key = Map.of("Idempotency-Key", "award-" + UUID.randomUUID());

        HttpTestClient.Response first = mifi.postJson(scholarships, award(program, "400"), key);
        HttpTestClient.Response repeated = mifi.postJson(scholarships, award(program, "400"), key);
        HttpTestClient.Response other = mifi.postJson(scholarships, award(program, "300"), key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(repeated.status()).isEqualTo(201);
        assertThat(repeated.json().get("scholarships").size()).isEqualTo(1);
        assertThat(other.status()).isEqualTo(409);
        assertThat(budgetOf(program).get("remainingCad").decimalValue()).isEqualByComparingTo("600");
        assertThat(mifi.get("/api/enrolments/" + enrolmentId).json().get("version").asInt()).isEqualTo(2);
    }

    @Test
    void concurrentAwardsNeverSpendMoreThanTheBudget() throws Exception {
        String program = budget("4500");
        List<String> enrolments = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            enrolments.add(registered("GT", "ap-online-platform", 1, null));
        }
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> statuses = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (String enrolmentId : enrolments) {
                statuses.add(pool.submit(() -> {
                    start.await();
                    return mifi.postJson("/api/enrolments/" + enrolmentId + "/scholarships", award(program, "1000")).status();
                }));
            }
            start.countDown();
        }
        List<Integer> answers = new ArrayList<>();
        for (Future<Integer> status : statuses) {
            answers.add(status.get());
        }

        assertThat(answers).containsOnly(201, 409);
        assertThat(answers.stream().filter(s -> s == 201).count()).isEqualTo(4);
        JsonNode budget = budgetOf(program);
        assertThat(budget.get("remainingCad").decimalValue()).isEqualByComparingTo("500");
        assertThat(budget.get("awards").asInt()).isEqualTo(4);
        long awarded = enrolments.stream().mapToLong(id -> mifi.get("/api/enrolments/" + id).json().get("scholarships").size()).sum();
        assertThat(awarded).isEqualTo(4);
    }

    @Test
    void aReservationThatNoEnrolmentRecordedGoesBackToTheBudgetAndARecordedOneIsConfirmed() {
        String program = budget("800");
        String budgetId = ScholarshipBudget.idOf(program, 2027);
        String enrolmentId = registered("MX", "ap-online-platform", 2, null);
        // the service stopped between the budget and the enrolment: only the reservation was written
        ledger.reserve(budgetId, "sch-" + UUID.randomUUID(), enrolmentId, 300_00);
        HttpTestClient.Response recorded = mifi.postJson("/api/enrolments/" + enrolmentId + "/scholarships", award(program, "200"));
        String recordedId = recorded.json().get("scholarships").get(0).get("scholarshipId").asString();
        // and that one's confirmation was lost: the sweep must confirm it, not give it back
        mongo.updateFirst(query(where("_id").is(budgetId).and("awards.scholarshipId").is(recordedId)),
                new Update().set("awards.$.confirmed", false), ScholarshipBudget.COLLECTION);
        assertThat(budgetOf(program).get("remainingCad").decimalValue()).isEqualByComparingTo("300");

        int givenBack = sweep.sweep(Instant.now().plus(1, ChronoUnit.MINUTES));

        assertThat(givenBack).isGreaterThanOrEqualTo(1);
        JsonNode budget = budgetOf(program);
        assertThat(budget.get("remainingCad").decimalValue()).isEqualByComparingTo("600");
        assertThat(budget.get("awards").asInt()).isEqualTo(1);
        ScholarshipBudget stored = mongo.findById(budgetId, ScholarshipBudget.class, ScholarshipBudget.COLLECTION);
        assertThat(stored.awards()).singleElement().satisfies(a -> {
            assertThat(a.scholarshipId()).isEqualTo(recordedId);
            assertThat(a.confirmed()).isTrue();
        });
    }

    @Test
    void aProgramHasOneBudgetAYearAndARepeatedRequestAnswersIt() {
        String program = "prog-" + UUID.randomUUID().toString().substring(0, 8);
        String body = """
                {"program": "%s", "programName": "Bourse d'études", "year": 2027, "amountCad": 100}""".formatted(program);
        Map<String, String> key = Map.of("Idempotency-Key", "budget-" + program);

        HttpTestClient.Response first = mifi.postJson("/api/scholarship-budgets", body, key);
        HttpTestClient.Response repeated = mifi.postJson("/api/scholarship-budgets", body, key);
        HttpTestClient.Response again = mifi.postJson("/api/scholarship-budgets", body);

        assertThat(first.status()).isEqualTo(201);
        assertThat(repeated.status()).isEqualTo(201);
        assertThat(repeated.json().get("budgetId").asString()).isEqualTo(first.json().get("budgetId").asString());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("field").asString()).isEqualTo("program");
    }
}
