package qc.passerelle.francization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.stream.binding.BindingsLifecycleController;
import org.springframework.dao.DataAccessResourceFailureException;
import qc.passerelle.contracts.EventCatalogue;
import qc.passerelle.contracts.EventEnvelope;
import qc.passerelle.contracts.EventSchemas;
import qc.passerelle.contracts.Topics;
import qc.passerelle.contracts.francization.FrancizationEnrolled;
import qc.passerelle.contracts.students.TeachingLanguage;
import qc.passerelle.francization.enrolment.Enrolment;
import qc.passerelle.messaging.consumer.DeadLetters;
import qc.passerelle.testsupport.HttpTestClient;
import qc.passerelle.testsupport.KafkaTestClient;
import tools.jackson.databind.JsonNode;

/**
 * What other contexts' events become here, on a real broker: enrolments created once per cause whatever the
 * redeliveries, replays and order, their events on the topic, dead letters for what can never be applied, and
 * nothing lost while the database is away. Run on the embedded infrastructure and on the real images.
 */
abstract class FrancizationScenarios extends FrancizationTestBase {

    @Autowired
    BindingsLifecycleController bindings;

    @Test
    void anAcceptedOfferEnrolsTheRecruitOnTheOnlinePlatformAndFrancizationEnrolledNamesTheOffer() {
        String offerId = Events.id("offer");
        String undeclared = Events.id("offer");
        kafka.publish(Events.envelope(Events.offerAccepted(offerId, Events.id("cand"), "emp-ferme-001", "MX", 5), 1));
        kafka.publish(Events.envelope(Events.offerAccepted(undeclared, Events.id("cand"), "emp-ferme-001", "MX", null), 1));

        JsonNode enrolment = awaitEnrolment("enr-jq-" + offerId);
        ConsumerRecord<String, byte[]> record = kafka.awaitRecordsWithKey(Topics.FRANCIZATION, "enr-jq-" + offerId, 1,
                PATIENCE).get(0);

        assertThat(enrolment.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(enrolment.get("source").asString()).isEqualTo("JOURNEES_QUEBEC");
        assertThat(enrolment.get("sourceReference").asString()).isEqualTo(offerId);
        assertThat(enrolment.get("accessPointId").asString()).isEqualTo("ap-online-platform");
        assertThat(enrolment.get("channel").asString()).isEqualTo("ONLINE");
        assertThat(enrolment.get("startingLevel").asInt()).isEqualTo(5);
        assertThat(enrolment.get("employerId").asString()).isEqualTo("emp-ferme-001");
        assertThat(awaitEnrolment("enr-jq-" + undeclared).get("startingLevel").asInt()).isEqualTo(1);
        assertThat(KafkaTestClient.header(record, "ce_type")).isEqualTo("qc.mobility.francization.FrancizationEnrolled.v1");
        assertThat(KafkaTestClient.header(record, "ce_source")).isEqualTo("/services/francization");
        assertThat(KafkaTestClient.header(record, "ce_subject")).isEqualTo("enr-jq-" + offerId);
        assertThat(KafkaTestClient.header(record, "ce_sequence")).isEqualTo("1");
        assertThat(EventSchemas.problems(EventCatalogue.of(FrancizationEnrolled.class), record.value())).isEmpty();
        JsonNode data = json(record.value());
        assertThat(data.get("sourceReference").asString()).isEqualTo(offerId);
        assertThat(data.get("source").asString()).isEqualTo("JOURNEES_QUEBEC");
        assertThat(data.get("startingLevel").asInt()).isEqualTo(5);
    }

    @Test
    void replayingTheRecruitingTopicTwiceFromOffsetZeroLeavesOneEnrolmentPerOfferAndOneActivePerPerson() {
        String twiceRecruited = Events.id("cand");
        String first = Events.id("offer");
        String second = Events.id("offer");
        String other = Events.id("offer");
        kafka.publish(Events.envelope(Events.offerAccepted(first, twiceRecruited, "emp-a", "GT", 2), 1));
        kafka.publish(Events.envelope(Events.offerAccepted(second, twiceRecruited, "emp-b", "GT", 3), 1));
        kafka.publish(Events.envelope(Events.offerAccepted(other, Events.id("cand"), "emp-a", "HN", null), 1));
        awaitEnrolment("enr-jq-" + other);
        await().atMost(PATIENCE).until(() -> decided(twiceRecruited, "enr-jq-" + first, "enr-jq-" + second));
        Map<String, Object> before = snapshot(twiceRecruited, first, second, other);

        for (int replay = 0; replay < 2; replay++) {
            ConsumerGroupRewind.replayFromOffsetZero(bindings, bootstrap(), "francization", Topics.RECRUITING, PATIENCE);
        }

        assertThat(snapshot(twiceRecruited, first, second, other)).isEqualTo(before);
        Document person = mongo.findById(twiceRecruited, Document.class, "people");
        String active = person.getString("activeEnrolmentId");
        String skipped = active.equals("enr-jq-" + first) ? "enr-jq-" + second : "enr-jq-" + first;
        assertThat(mongo.findById(skipped, Enrolment.class, Enrolment.COLLECTION)).isNull();
        assertThat(TopicRecords.francizationEventsOf(bootstrap(), skipped)).isEmpty();
        assertThat(person.getList("skipped", String.class)).containsExactly(skipped);
        assertThat(mifi.get("/api/enrolments?personId=" + twiceRecruited).json().get("items").findValuesAsString("status"))
                .containsExactly("ACTIVE");
        for (String enrolmentId : List.of(active, "enr-jq-" + other)) {
            assertThat(mongo.findById(enrolmentId, Enrolment.class, Enrolment.COLLECTION).version()).isEqualTo(1);
            await().atMost(PATIENCE).until(() -> !TopicRecords.francizationEventsOf(bootstrap(), enrolmentId).isEmpty());
            assertThat(TopicRecords.francizationEventsOf(bootstrap(), enrolmentId)).hasSize(1);
        }
    }

    @Test
    void aMalformedEventAndAnUnknownVersionGoToTheDeadLettersAndTheConsumerGoesOn() {
        String malformed = Events.id("offer");
        String unknownVersion = Events.id("offer");
        String next = Events.id("offer");
        EventEnvelope template = Events.envelope(Events.offerAccepted(malformed, Events.id("cand"), "emp-a", "MX", 1), 1);
        kafka.send(Topics.RECRUITING, malformed, "{\"offerId\": ".getBytes(StandardCharsets.UTF_8), template.headers());
        EventEnvelope v1 = Events.envelope(Events.offerAccepted(unknownVersion, Events.id("cand"), "emp-a", "MX", 1), 1);
        Map<String, String> v9 = new HashMap<>(v1.headers());
        v9.put("ce_type", "qc.mobility.recruiting.EmploymentOfferAccepted.v9");
        kafka.send(Topics.RECRUITING, unknownVersion, v1.data(), v9);
        kafka.publish(Events.envelope(Events.offerAccepted(next, Events.id("cand"), "emp-a", "MX", 1), 1));

        List<ConsumerRecord<String, byte[]>> dead = kafka.awaitRecords(Topics.deadLetter(Topics.RECRUITING),
                r -> malformed.equals(r.key()) || unknownVersion.equals(r.key()), 2, PATIENCE);

        assertThat(dead).allSatisfy(r -> {
            assertThat(KafkaTestClient.header(r, DeadLetters.ORIGINAL_GROUP)).isEqualTo("francization");
            assertThat(KafkaTestClient.header(r, DeadLetters.ORIGINAL_TOPIC)).isEqualTo(Topics.RECRUITING);
        });
        assertThat(dead).anySatisfy(r -> assertThat(KafkaTestClient.header(r, DeadLetters.EXCEPTION_MESSAGE)).contains("v9"));
        assertThat(awaitEnrolment("enr-jq-" + next).get("status").asString()).isEqualTo("ACTIVE");
        assertThat(mongo.findById("enr-jq-" + malformed, Enrolment.class, Enrolment.COLLECTION)).isNull();
        assertThat(mongo.findById("enr-jq-" + unknownVersion, Enrolment.class, Enrolment.COLLECTION)).isNull();
    }

    @Test
    void aDatabaseOutageBetweenThePersonsClaimAndTheEnrolmentLosesNothingAndDuplicatesNothing() {
        String offerId = Events.id("offer");
        String candidate = Events.id("cand");
        String enrolmentId = "enr-jq-" + offerId;
        DataAccessResourceFailureException away = new DataAccessResourceFailureException("the database is away (simulated)");
        doThrow(away).doThrow(away).doThrow(away).doCallRealMethod()
                .when(enrolmentStore).insertOnce(argThat(e -> e != null && e.id().equals(enrolmentId)));

        kafka.publish(Events.envelope(Events.offerAccepted(offerId, candidate, "emp-a", "CO", 4), 1));

        assertThat(awaitEnrolment(enrolmentId).get("status").asString()).isEqualTo("ACTIVE");
        verify(enrolmentStore, atLeast(4)).insertOnce(argThat(e -> e != null && e.id().equals(enrolmentId)));
        assertThat(mongo.findById(candidate, Document.class, "people").getString("activeEnrolmentId")).isEqualTo(enrolmentId);
        await().atMost(PATIENCE).until(() -> !TopicRecords.francizationEventsOf(bootstrap(), enrolmentId).isEmpty());
        assertThat(TopicRecords.francizationEventsOf(bootstrap(), enrolmentId)).hasSize(1);
        assertThat(TopicRecords.withKey(bootstrap(), Topics.deadLetter(Topics.RECRUITING), offerId)).isEmpty();
    }

    @Test
    void aFrenchLanguageAdmissionBelowLevelSevenIsOfferedOnlineAndAnnouncedOnlyOnceAccepted() {
        String application = Events.id("sapp");
        String enough = Events.onSamePartitionAs(application, "sapp");
        String english = Events.onSamePartitionAs(application, "sapp");
        kafka.publish(Events.envelope(Events.admission(enough, Events.id("pros"), TeachingLanguage.FR, 7), 1));
        kafka.publish(Events.envelope(Events.admission(english, Events.id("pros"), TeachingLanguage.EN, 2), 1));
        kafka.publish(Events.envelope(Events.admission(application, Events.id("pros"), TeachingLanguage.FR, 6), 1));

        JsonNode offer = awaitEnrolment("enr-adm-" + application);
        HttpTestClient.Response accepted = mifi.postJson("/api/enrolments/enr-adm-" + application + "/acceptances", "");

        assertThat(offer.get("status").asString()).isEqualTo("OFFERED");
        assertThat(offer.get("source").asString()).isEqualTo("STUDENT_ADMISSION");
        assertThat(offer.get("startingLevel").asInt()).isEqualTo(6);
        assertThat(offer.get("version").asInt()).isZero();
        assertThat(mifi.get("/api/enrolments/enr-adm-" + enough).status()).isEqualTo(404);
        assertThat(mifi.get("/api/enrolments/enr-adm-" + english).status()).isEqualTo(404);
        assertThat(accepted.status()).isEqualTo(201);
        assertThat(accepted.json().get("status").asString()).isEqualTo("ACTIVE");
        assertThat(accepted.json().get("channel").asString()).isEqualTo("ONLINE");
        List<ConsumerRecord<String, byte[]>> events = kafka.awaitRecordsWithKey(Topics.FRANCIZATION,
                "enr-adm-" + application, 1, PATIENCE);
        assertThat(KafkaTestClient.header(events.get(0), "ce_sequence")).isEqualTo("1");
        assertThat(json(events.get(0).value()).get("source").asString()).isEqualTo("STUDENT_ADMISSION");
        assertThat(json(events.get(0).value()).get("sourceReference").asString()).isEqualTo(application);
    }

    @Test
    void anArrivingWorkerIsOfferedAClassInTheRegionOfTheirHousingUnitWhichOnlyTheirEmployerOrMifiAnswers() {
        String classId = quebecClass("ESTRIE");
        String unit = Events.id("unit");
        String worker = Events.id("wkr");
        String enrolmentId = "enr-agri-" + worker;
        kafka.publish(Events.envelope(Events.unit(unit, "emp-estrie", "Estrie"), 1));
        await().atMost(PATIENCE).until(() -> mongo.findById(unit, Document.class, "housing_units") != null);
        kafka.publish(Events.envelope(Events.arrival(worker, "emp-estrie", unit), 1));

        JsonNode offer = awaitEnrolment(enrolmentId);
        HttpTestClient.Response otherEmployer = as(tokens.employer("emp-other")).postJson(
                "/api/enrolments/" + enrolmentId + "/acceptances", "{}");
        HttpTestClient.Response accepted = as(tokens.employer("emp-estrie")).postJson(
                "/api/enrolments/" + enrolmentId + "/acceptances", "{}");
        HttpTestClient.Response declinedAfter = as(tokens.employer("emp-estrie")).postJson(
                "/api/enrolments/" + enrolmentId + "/declines", "{}");

        assertThat(offer.get("status").asString()).isEqualTo("OFFERED");
        assertThat(offer.get("accessPointId").asString()).isEqualTo(classId);
        assertThat(offer.get("employerId").asString()).isEqualTo("emp-estrie");
        assertThat(otherEmployer.status()).isEqualTo(404);
        assertThat(accepted.status()).isEqualTo(201);
        assertThat(accepted.json().get("channel").asString()).isEqualTo("IN_QUEBEC_CLASS");
        assertThat(declinedAfter.status()).isEqualTo(409);
        ConsumerRecord<String, byte[]> enrolled = kafka.awaitRecordsWithKey(Topics.FRANCIZATION, enrolmentId, 1,
                PATIENCE).get(0);
        assertThat(json(enrolled.value()).get("source").asString()).isEqualTo("AGRICULTURAL_WORKER");
        assertThat(json(enrolled.value()).get("sourceReference").asString()).isEqualTo(worker);
        assertThat(EventSchemas.problems(EventCatalogue.of(FrancizationEnrolled.class), enrolled.value())).isEmpty();
    }

    @Test
    void aWorkerWhoArrivesBeforeTheirUnitIsKnownIsPlacedOnAcceptanceAndTheUnitsLatestRegistrationWins() {
        String unit = Events.id("unit");
        String worker = Events.id("wkr");
        String enrolmentId = "enr-agri-" + worker;
        kafka.publish(Events.envelope(Events.arrival(worker, "emp-laurentides", unit), 1));
        assertThat(awaitEnrolment(enrolmentId).get("accessPointId").isNull()).isTrue();
        HttpTestClient.Response tooEarly = mifi.postJson("/api/enrolments/" + enrolmentId + "/acceptances", "{}");

        kafka.publish(Events.envelope(Events.unit(unit, "emp-laurentides", "LAURENTIDES"), 2));
        kafka.publish(Events.envelope(Events.unit(unit, "emp-laurentides", "Outaouais"), 1));
        String marker = Events.onSamePartitionAs(unit, "unit");
        kafka.publish(Events.envelope(Events.unit(marker, "emp-laurentides", "Laval"), 1));
        await().atMost(PATIENCE).until(() -> mongo.findById(marker, Document.class, "housing_units") != null);
        String classId = quebecClass("LAURENTIDES");
        HttpTestClient.Response accepted = mifi.postJson("/api/enrolments/" + enrolmentId + "/acceptances", "{}");

        assertThat(tooEarly.status()).isEqualTo(409);
        assertThat(tooEarly.json().get("field").asString()).isEqualTo("accessPointId");
        assertThat(mongo.findById(unit, Document.class, "housing_units").getString("region")).isEqualTo("LAURENTIDES");
        assertThat(accepted.status()).isEqualTo(201);
        assertThat(accepted.json().get("accessPointId").asString()).isEqualTo(classId);
    }

    @Test
    void theServiceDescribesItsApiAndReportsItsHealth() {
        JsonNode api = mifi.get("/v3/api-docs").json();
        JsonNode health = mifi.get("/actuator/health").json();

        assertThat(api.get("paths").has("/api/enrolments")).isTrue();
        assertThat(api.get("paths").has("/api/access-points")).isTrue();
        assertThat(health.get("status").asString()).isEqualTo("UP");
    }

    /** Every offer of the person has been dealt with: one enrolment, the other turned down. */
    private boolean decided(String personId, String... enrolmentIds) {
        Document person = mongo.findById(personId, Document.class, "people");
        if (person == null) {
            return false;
        }
        List<String> skipped = person.getList("skipped", String.class, List.of());
        for (String id : enrolmentIds) {
            if (!skipped.contains(id) && mongo.findById(id, Document.class, Enrolment.COLLECTION) == null) {
                return false;
            }
        }
        return true;
    }

    private Map<String, Object> snapshot(String personId, String... offers) {
        Map<String, Object> state = new HashMap<>();
        Document person = mongo.findById(personId, Document.class, "people");
        state.put("active", person.getString("activeEnrolmentId"));
        state.put("skipped", person.getList("skipped", String.class));
        for (String offer : offers) {
            state.put(offer, Optional.ofNullable(mongo.findById("enr-jq-" + offer, Enrolment.class, Enrolment.COLLECTION))
                    .map(e -> e.status() + "@" + e.version()).orElse("none"));
        }
        return state;
    }
}
