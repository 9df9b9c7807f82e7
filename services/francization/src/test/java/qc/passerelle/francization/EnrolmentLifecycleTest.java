package qc.passerelle.francization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import qc.passerelle.contracts.EventCatalogue;
import qc.passerelle.contracts.EventSchemas;
import qc.passerelle.contracts.Topics;
import qc.passerelle.contracts.francization.FrancizationAbandoned;
import qc.passerelle.contracts.francization.FrancizationCompleted;
import qc.passerelle.contracts.francization.FrancizationEnrolled;
import qc.passerelle.contracts.francization.FrancizationLevelAttained;
import qc.passerelle.contracts.students.AdmissionGranted;
import qc.passerelle.contracts.students.TeachingLanguage;
import qc.passerelle.testsupport.EmbeddedInfrastructure;
import qc.passerelle.testsupport.HttpTestClient;
import qc.passerelle.testsupport.KafkaTestClient;
import qc.passerelle.testsupport.TestInfrastructure;
import tools.jackson.databind.JsonNode;

/** An enrolment from registration to completion or abandonment, levels on the Québec scale, one active per person. */
class EnrolmentLifecycleTest extends FrancizationTestBase implements OnEmbeddedInfrastructure {

    static final String TODAY = LocalDate.now().toString();

    @Override
    protected TestInfrastructure infrastructure() {
        return EmbeddedInfrastructure.get();
    }

    static String assessment(String skill, int level) {
        return assessment(skill, level, TODAY);
    }

    static String assessment(String skill, int level, String on) {
        return """
                {"skill": "%s", "level": %d, "assessedOn": "%s"}""".formatted(skill, level, on);
    }

    @Test
    void levelsRiseSkillBySkillNeverFallAndTheEnrolmentCompletesWhenItsTargetIsReachedInEverySkill() {
        String enrolmentId = registered("MX", allianceFrancaise("MX"), 3, 5);
        String levels = "/api/enrolments/" + enrolmentId + "/levels";

        HttpTestClient.Response oneSkill = mifi.postJson(levels, assessment("ORAL_COMPREHENSION", 5));
        HttpTestClient.Response sameAgain = mifi.postJson(levels, assessment("ORAL_COMPREHENSION", 5));
        HttpTestClient.Response down = mifi.postJson(levels, assessment("ORAL_COMPREHENSION", 4));
        HttpTestClient.Response belowStart = mifi.postJson(levels, assessment("ORAL_PRODUCTION", 2));
        HttpTestClient.Response aboveScale = mifi.postJson(levels, assessment("ORAL_PRODUCTION", 13));
        HttpTestClient.Response belowScale = mifi.postJson(levels, assessment("ORAL_PRODUCTION", 0));
        HttpTestClient.Response future = mifi.postJson(levels, assessment("ORAL_PRODUCTION", 4,
                LocalDate.now().plusDays(1).toString()));
        long versionAfterRefusals = mifi.get("/api/enrolments/" + enrolmentId).json().get("version").asLong();
        mifi.postJson(levels, assessment("ORAL_PRODUCTION", 4));
        mifi.postJson(levels, assessment("WRITTEN_COMPREHENSION", 4));
        JsonNode overallFour = mifi.postJson(levels, assessment("WRITTEN_PRODUCTION", 4)).json();
        mifi.postJson(levels, assessment("ORAL_PRODUCTION", 5));
        mifi.postJson(levels, assessment("WRITTEN_COMPREHENSION", 12));
        JsonNode completed = mifi.postJson(levels, assessment("WRITTEN_PRODUCTION", 5)).json();
        HttpTestClient.Response afterCompletion = mifi.postJson(levels, assessment("WRITTEN_PRODUCTION", 6));

        assertThat(oneSkill.status()).isEqualTo(201);
        assertThat(oneSkill.json().get("levels").get("ORAL_COMPREHENSION").asInt()).isEqualTo(5);
        assertThat(oneSkill.json().get("overallLevel").asInt()).isEqualTo(3);
        assertThat(sameAgain.json().get("version").asLong()).isEqualTo(oneSkill.json().get("version").asLong());
        assertThat(List.of(down.status(), belowStart.status(), aboveScale.status(), belowScale.status(), future.status()))
                .containsExactly(409, 400, 400, 400, 400);
        assertThat(List.of(down, belowStart, aboveScale, belowScale)).allSatisfy(r ->
                assertThat(r.json().get("field").asString()).isEqualTo("level"));
        assertThat(future.json().get("field").asString()).isEqualTo("assessedOn");
        assertThat(versionAfterRefusals).isEqualTo(1);
        assertThat(overallFour.get("overallLevel").asInt()).isEqualTo(4);
        assertThat(completed.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(completed.get("overallLevel").asInt()).isEqualTo(5);
        assertThat(afterCompletion.status()).isEqualTo(409);

        List<ConsumerRecord<String, byte[]>> events = kafka.awaitRecordsWithKey(Topics.FRANCIZATION, enrolmentId, 4, PATIENCE);
        assertThat(events).extracting(r -> KafkaTestClient.header(r, "ce_type")).containsExactly(
                "qc.mobility.francization.FrancizationEnrolled.v1",
                "qc.mobility.francization.FrancizationLevelAttained.v1",
                "qc.mobility.francization.FrancizationLevelAttained.v1",
                "qc.mobility.francization.FrancizationCompleted.v1");
        assertThat(events).extracting(r -> KafkaTestClient.header(r, "ce_sequence")).containsExactly("1", "2", "3", "4");
        assertThat(events).extracting(r -> json(r.value()).path("level").asInt(0)).containsExactly(0, 4, 5, 0);
        assertThat(EventSchemas.problems(EventCatalogue.of(FrancizationEnrolled.class), events.get(0).value())).isEmpty();
        assertThat(EventSchemas.problems(EventCatalogue.of(FrancizationLevelAttained.class), events.get(1).value())).isEmpty();
        assertThat(EventSchemas.problems(EventCatalogue.of(FrancizationCompleted.class), events.get(3).value())).isEmpty();
        assertThat(json(events.get(3).value()).get("finalLevel").asInt()).isEqualTo(5);
    }

    @Test
    void aPersonHasOneActiveEnrolmentAtATimeAndIsFreeAgainOnceItIsAbandoned() {
        String personId = "pros-" + UUID.randomUUID();
        String accessPoint = allianceFrancaise("CO");
        HttpTestClient.Response first = mifi.postJson("/api/enrolments", registration(personId, "CO", accessPoint, 2, null));
        HttpTestClient.Response second = mifi.postJson("/api/enrolments", registration(personId, "CO", accessPoint, 2, null));
        String application = Events.id("sapp");
        kafka.publish(Events.envelope(new AdmissionGranted(application, personId,
                "prog-1", "inst-1", TeachingLanguage.FR, 2, "2027-FALL", "Ana", "Reyes", "CO", 1995), 1));
        String offer = "enr-adm-" + application;
        awaitEnrolment(offer);

        HttpTestClient.Response whileBusy = mifi.postJson("/api/enrolments/" + offer + "/acceptances", "{}");
        String firstId = first.json().get("enrolmentId").asString();
        HttpTestClient.Response abandoned = mifi.postJson("/api/enrolments/" + firstId + "/abandonments",
                "{\"reason\": \"WORK_SCHEDULE\"}");
        HttpTestClient.Response abandonedTwice = mifi.postJson("/api/enrolments/" + firstId + "/abandonments",
                "{\"reason\": \"OTHER\"}");
        HttpTestClient.Response accepted = mifi.postJson("/api/enrolments/" + offer + "/acceptances", "{}");

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().get("field").asString()).isEqualTo("personId");
        assertThat(whileBusy.status()).isEqualTo(409);
        assertThat(abandoned.json().get("status").asString()).isEqualTo("ABANDONED");
        assertThat(abandonedTwice.status()).isEqualTo(409);
        assertThat(accepted.status()).isEqualTo(201);
        assertThat(accepted.json().get("status").asString()).isEqualTo("ACTIVE");
        assertThat(mifi.get("/api/enrolments?personId=" + personId).json().get("items").findValuesAsString("status"))
                .containsExactlyInAnyOrder("ABANDONED", "ACTIVE");
        ConsumerRecord<String, byte[]> abandonment = kafka.awaitRecordsWithKey(Topics.FRANCIZATION, firstId, 2, PATIENCE).get(1);
        assertThat(EventSchemas.problems(EventCatalogue.of(FrancizationAbandoned.class), abandonment.value())).isEmpty();
        assertThat(json(abandonment.value()).get("reason").asString()).isEqualTo("WORK_SCHEDULE");
        assertThat(json(abandonment.value()).get("lastLevel").asInt()).isEqualTo(2);
    }

    @Test
    void aRegistrationRepeatedWithItsIdempotencyKeyAnswersTheSameEnrolmentAndAnotherBodyIsAConflict() {
        String accessPoint = allianceFrancaise("PE");
        String personId = "pers-" + UUID.randomUUID();
        Map<String, String> key = Map.of("Idempotency-Key", "registration-" + UUID.randomUUID());

        HttpTestClient.Response first = mifi.postJson("/api/enrolments", registration(personId, "PE", accessPoint, 1, null), key);
        HttpTestClient.Response again = mifi.postJson("/api/enrolments", registration(personId, "PE", accessPoint, 1, null), key);
        HttpTestClient.Response other = mifi.postJson("/api/enrolments", registration(personId, "PE", accessPoint, 2, null), key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.headers().firstValue("Location")).contains("/api/enrolments/" + first.json().get("enrolmentId").asString());
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json().get("enrolmentId").asString()).isEqualTo(first.json().get("enrolmentId").asString());
        assertThat(other.status()).isEqualTo(409);
        assertThat(other.json().get("field").asString()).isEqualTo("Idempotency-Key");
    }

    @Test
    void enrolmentsAreListedPerAccessPointCountrySourceAndPersonAndMifiSeesTheLevelDistribution() {
        String accessPoint = allianceFrancaise("GT");
        JsonNode before = mifi.get("/api/levels/distribution?source=SELF_REGISTERED").json();
        String guatemalan = registered("GT", accessPoint, 11, 12);
        registered("GT", accessPoint, 11, 12);
        registered("HN", accessPoint, 11, 12);

        JsonNode atAccessPoint = mifi.get("/api/enrolments?accessPointId=" + accessPoint).json();
        JsonNode guatemalans = mifi.get("/api/enrolments?accessPointId=" + accessPoint + "&citizenship=GT").json();
        JsonNode asConsulate = as(tokens.consulate("GT")).get("/api/enrolments?accessPointId=" + accessPoint).json();
        JsonNode bySource = mifi.get("/api/enrolments?source=SELF_REGISTERED&accessPointId=" + accessPoint + "&size=2").json();
        String personId = mifi.get("/api/enrolments/" + guatemalan).json().get("personId").asString();
        JsonNode ofPerson = mifi.get("/api/enrolments?personId=" + personId).json();
        JsonNode after = mifi.get("/api/levels/distribution?source=SELF_REGISTERED").json();

        assertThat(atAccessPoint.get("totalItems").asInt()).isEqualTo(3);
        assertThat(guatemalans.get("totalItems").asInt()).isEqualTo(2);
        assertThat(asConsulate.get("items").findValuesAsString("citizenship")).containsExactly("GT", "GT");
        assertThat(bySource.get("items").size()).isEqualTo(2);
        assertThat(bySource.get("totalPages").asInt()).isEqualTo(2);
        assertThat(ofPerson.get("items").findValuesAsString("enrolmentId")).containsExactly(guatemalan);
        for (String skill : List.of("ORAL_COMPREHENSION", "WRITTEN_PRODUCTION")) {
            assertThat(people(after, skill, 11) - people(before, skill, 11)).isEqualTo(3);
        }
        assertThat(mifi.get("/api/levels/distribution?source=NOBODY").json().get("field").asString()).isEqualTo("source");
    }

    @Test
    void aPersonsReadsByAConsulateAreAuditedAndMifisAreNot() {
        String enrolmentId = registered("SV", allianceFrancaise("SV"), 1, null);
        String personId = mifi.get("/api/enrolments/" + enrolmentId).json().get("personId").asString();
        as(tokens.consulate("SV")).get("/api/enrolments/" + enrolmentId);

        await().atMost(PATIENCE).until(() -> mongo.getCollection("audit_entries")
                .countDocuments(new Document("personIds", personId)) == 1);
        assertThat(mongo.getCollection("audit_entries").find(new Document("personIds", personId)).first()
                .getString("scope")).isEqualTo("country=SV");
    }

    private static long people(JsonNode distribution, String skill, int level) {
        long count = 0;
        for (JsonNode row : distribution.get("items")) {
            if (row.get("skill").asString().equals(skill) && row.get("level").asInt() == level) {
                count += row.get("people").asLong();
            }
        }
        return count;
    }
}
