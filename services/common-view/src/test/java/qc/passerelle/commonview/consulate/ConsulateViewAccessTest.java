package qc.passerelle.commonview.consulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static qc.passerelle.testsupport.AccessMatrix.everyItem;
import static qc.passerelle.testsupport.AccessMatrix.field;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import qc.passerelle.contracts.EventEnvelope;
import qc.passerelle.contracts.EventFixtures;
import qc.passerelle.contracts.agriworkers.WorkerArrived;
import qc.passerelle.security.audit.AuditTrail;
import qc.passerelle.testsupport.AccessMatrix;
import qc.passerelle.testsupport.EmbeddedInfrastructure;
import qc.passerelle.testsupport.HttpTestClient;
import qc.passerelle.testsupport.KafkaTestClient;
import qc.passerelle.testsupport.TestIdentityProvider;

/** Who sees which workers in common-view: the access matrix, bad tokens, and the audit of consulates' reads. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConsulateViewAccessTest {

    static final TestIdentityProvider tokens = TestIdentityProvider.get();
    static final String GUATEMALAN = "wkr-gt-" + UUID.randomUUID();
    static final String MEXICAN = "wkr-mx-" + UUID.randomUUID();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.get().register(registry, "common-view-access");
    }

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @BeforeAll
    static void workersOfTwoNationalities() {
        try (KafkaTestClient kafka = new KafkaTestClient(EmbeddedInfrastructure.get().kafkaBootstrapServers())) {
            kafka.publish(EventEnvelope.wrap(arrival(GUATEMALAN, "GT"), Instant.now(), 1));
            kafka.publish(EventEnvelope.wrap(arrival(MEXICAN, "MX"), Instant.now(), 1));
        }
    }

    private HttpTestClient http() {
        HttpTestClient mifi = HttpTestClient.onPort(port).withToken(tokens.mifi());
        await().atMost(Duration.ofSeconds(30)).until(() ->
                mifi.get("/api/views/consulates/GT/workers").body().contains(GUATEMALAN)
                        && mifi.get("/api/views/consulates/MX/workers").body().contains(MEXICAN));
        return HttpTestClient.onPort(port);
    }

    @Test
    void eachCallerSeesOnlyWhatIsTheirs() {
        AccessMatrix.on(http())
                .get("/api/views/consulates/GT/workers", null, 401)
                .get("/api/views/consulates/GT/workers", tokens.inspector(), 403)
                .get("/api/views/consulates/GT/workers", tokens.employer("emp-ferme-001"), 403)
                .get("/api/views/consulates/GT/workers", tokens.institution("inst-cegep-rimouski"), 403)
                .get("/api/views/consulates/MX/workers", tokens.consulate("GT"), 403)
                .get("/api/views/consulates/GT/workers", tokens.consulate("GT"), 200,
                        "only Guatemalans", everyItem(field("citizenship", "GT")))
                .get("/api/views/consulates/GT/workers", tokens.mifi(), 200,
                        "only Guatemalans", everyItem(field("citizenship", "GT")))
                .get("/api/views/consulates/MX/workers", tokens.mifi(), 200,
                        "only Mexicans", everyItem(field("citizenship", "MX")))
                .get("/api/audit", tokens.consulate("GT"), 403)
                .get("/actuator/info", tokens.consulate("GT"), 403)
                .get("/actuator/info", tokens.mifi(), 200)
                .get("/actuator/health", null, 200)
                .verify();
    }

    @Test
    void tokensFromAnotherKeyAnotherIssuerOrExpiredAreRefused() {
        AccessMatrix.on(http())
                .get("/api/views/consulates/GT/workers", tokens.mifiSignedByAnotherKey(), 401)
                .get("/api/views/consulates/GT/workers", tokens.mifiFromAnotherIssuer(), 401)
                .get("/api/views/consulates/GT/workers", tokens.expiredMifi(), 401)
                .get("/api/views/consulates/GT/workers", "not-a-jwt", 401)
                .get("/api/views/consulates/GT/workers", tokens.mifiForAnotherAudience(), 401)
                .get("/api/views/consulates/GT/workers", tokens.token("consulate-without-country",
                        java.util.List.of("CONSULATE"), java.util.Map.of()), 403)
                .verify();
    }

    @Test
    void aConsulatesReadIsAuditedWithIdsAndMifiCanListTheTrail() {
        HttpTestClient http = http();
        long before = audited(GUATEMALAN);

        http.get("/api/views/consulates/GT/workers", TestIdentityProvider.bearer(tokens.consulate("GT")));
        http.get("/api/views/consulates/GT/workers", TestIdentityProvider.bearer(tokens.mifi()));

        assertThat(audited(GUATEMALAN)).isEqualTo(before + 1);
        Document entry = mongo.getCollection(AuditTrail.COLLECTION).find(new Document("personIds", GUATEMALAN))
                .sort(new Document("at", -1)).first();
        assertThat(entry.getString("subject")).isEqualTo("consulate-gt");
        assertThat(entry.getString("scope")).isEqualTo("country=GT");
        assertThat(entry.toJson()).doesNotContain("Pérez");
        HttpTestClient.Response trail = http.get("/api/audit", TestIdentityProvider.bearer(tokens.mifi()));
        assertThat(trail.status()).isEqualTo(200);
        assertThat(trail.body()).contains(GUATEMALAN);
    }

    private long audited(String workerId) {
        return mongo.getCollection(AuditTrail.COLLECTION).countDocuments(new Document("personIds", workerId));
    }

    static WorkerArrived arrival(String workerId, String country) {
        WorkerArrived f = EventFixtures.sample(WorkerArrived.class);
        return new WorkerArrived(workerId, f.givenName(), f.familyName(), country, f.birthYear(), f.stream(),
                f.employerId(), f.housingUnitId(), f.season(), f.arrivalDate(), f.flightNumber(), f.returning());
    }
}
