package qc.passerelle.francization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import qc.passerelle.contracts.EventJson;
import qc.passerelle.francization.enrolment.EnrolmentStore;
import qc.passerelle.testsupport.HttpTestClient;
import qc.passerelle.testsupport.ServiceScenarios;
import tools.jackson.databind.JsonNode;

/**
 * What every integration test of the service shares, so that they all run in one application context: the same
 * properties, the same spied store, the calls and waits they all make.
 */
@TestPropertySource(properties = {"passerelle.messaging.consumer.retry-first=100ms",
        "passerelle.messaging.consumer.retry-max=1s"})
abstract class FrancizationTestBase extends ServiceScenarios {

    @Autowired
    protected MongoTemplate mongo;
    /** The real store, which a test can make fail for a while as a database outage would. */
    @MockitoSpyBean
    protected EnrolmentStore enrolmentStore;

    protected HttpTestClient mifi;

    @BeforeEach
    void asMifi() {
        mifi = as(tokens.mifi());
    }

    protected String bootstrap() {
        return infrastructure().kafkaBootstrapServers();
    }

    protected JsonNode awaitEnrolment(String enrolmentId) {
        await().atMost(PATIENCE).until(() -> mifi.get("/api/enrolments/" + enrolmentId).status() == 200);
        return mifi.get("/api/enrolments/" + enrolmentId).json();
    }

    protected String quebecClass(String region) {
        return accessPoint("""
                {"kind": "QUEBEC_CLASS", "name": "Francisation en entreprise", "region": "%s",
                 "organisation": "Centre de services scolaire"}""".formatted(region));
    }

    protected String allianceFrancaise(String country) {
        return accessPoint("""
                {"kind": "ALLIANCE_FRANCAISE", "name": "Alliance française", "city": "Ciudad", "country": "%s"}"""
                .formatted(country));
    }

    private String accessPoint(String json) {
        HttpTestClient.Response created = mifi.postJson("/api/access-points", json);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("accessPointId").asString();
    }

    /** A person MIFI enrols directly: active at once, at the given access point. */
    protected static String registration(String personId, String citizenship, String accessPointId, int starting,
                                         Integer target) {
        return """
                {"personId": "%s", "givenName": "Ana", "familyName": "Reyes", "citizenship": "%s", "birthYear": 1995,
                 "accessPointId": "%s", "startingLevel": %d%s}"""
                .formatted(personId, citizenship, accessPointId, starting,
                        target == null ? "" : ", \"targetLevel\": " + target);
    }

    /** A new active enrolment of a new person; answers its id. */
    protected String registered(String citizenship, String accessPointId, int starting, Integer target) {
        HttpTestClient.Response created = mifi.postJson("/api/enrolments",
                registration("pers-" + UUID.randomUUID(), citizenship, accessPointId, starting, target));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("enrolmentId").asString();
    }

    protected static JsonNode json(byte[] data) {
        return EventJson.tree(data);
    }
}
