package qc.passerelle.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import java.time.Instant;
import java.util.Map;
import qc.passerelle.contracts.EventEnvelope;
import qc.passerelle.contracts.EventFixtures;
import qc.passerelle.contracts.recruiting.EmployerRegistered;
import qc.passerelle.testsupport.HttpTestClient;
import qc.passerelle.testsupport.KafkaTestClient;
import qc.passerelle.testsupport.TestIdentityProvider;
import qc.passerelle.testsupport.TestInfrastructure;
import tools.jackson.databind.JsonNode;

/** From an employer's report to the consulate's screen, across two services, a broker and a database. */
abstract class ArrivalToConsulateViewScenarios {

    private static RunningServices services;

    static final String DATABASE_PREFIX = "system";

    private static String unitId;

    /** The farm as it comes to exist: recruiting announces it, it registers a unit, an inspector approves it. */
    static void startServices(TestInfrastructure infrastructure) {
        services = new RunningServices(infrastructure, DATABASE_PREFIX);
        try (KafkaTestClient kafka = new KafkaTestClient(infrastructure.kafkaBootstrapServers())) {
            EmployerRegistered sample = EventFixtures.sample(EmployerRegistered.class);
            kafka.publish(EventEnvelope.wrap(new EmployerRegistered(FARM, "Ferme Beauséjour", sample.neq(),
                    sample.region(), sample.sector()), Instant.now(), 1));
        }
        HttpTestClient mifi = HttpTestClient.onPort(services.agriculturalWorkersPort).withToken(TestIdentityProvider.get().mifi());
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            HttpTestClient.Response created = mifi.postJson("/api/housing-units", UNIT, Map.of("Idempotency-Key", "system-test-unit"));
            unitId = created.status() == 201 ? created.json().get("housingUnitId").asString() : null;
            return unitId != null;
        });
        mifi.postJson("/api/housing-units/" + unitId + "/inspections", INSPECTION.formatted(LocalDate.now().minusDays(1)));
    }

    static final String FARM = "emp-ferme-001";
    static final String UNIT = """
            {"employerId": "emp-ferme-001", "address": "1200, rang Saint-Joseph, Saint-Rémi", "region": "MONTEREGIE",
             "facts": {"rooms": [{"name": "A", "areaM2": 20, "beds": 4, "bunkBeds": 0, "minBedSpacingCm": 90}],
                       "toilets": 1, "showers": 1, "sinks": 1, "stoves": 1, "fridges": 1, "heating": true,
                       "potableWater": true, "smokeDetectors": 1, "fireExtinguishers": 1}}""";
    static final String INSPECTION = """
            {"ruleSet": "FEDERAL_MINIMUM", "plannedOccupants": 4, "inspectedOn": "%s",
             "observed": {"rooms": [{"name": "A", "areaM2": 20, "beds": 4, "bunkBeds": 0, "minBedSpacingCm": 90}],
                          "toilets": 1, "showers": 1, "sinks": 1, "stoves": 1, "fridges": 1, "heating": true,
                          "potableWater": true, "smokeDetectors": 1, "fireExtinguishers": 1}}""";

    @AfterAll
    static void stopServices() {
        if (services != null) {
            services.close();
            services = null;
        }
    }

    abstract TestInfrastructure infrastructure();

    /** The employer reports its workers; the ministry reads every consulate's view. */
    HttpTestClient agri() {
        return HttpTestClient.onPort(services.agriculturalWorkersPort).withToken(TestIdentityProvider.get().employer("emp-ferme-001"));
    }

    HttpTestClient view() {
        return HttpTestClient.onPort(services.commonViewPort).withToken(TestIdentityProvider.get().mifi());
    }

    static String arrival(String country, String familyName) {
        return """
                {"givenName": "Ana", "familyName": "%s", "citizenship": "%s", "birthYear": 1990,
                 "stream": "SAWP", "employerId": "emp-ferme-001", "housingUnitId": "%s",
                 "arrivalDate": "%s", "flightNumber": "AM 680", "returning": false}
                """.formatted(familyName, country, unitId, LocalDate.now().minusDays(1));
    }

    @Test
    void anArrivalPostedToAgriculturalWorkersShowsInTheConsulateViewOfItsCountry() {
        String workerId = agri().postJson("/api/workers/arrivals", arrival("SV", "Martínez")).json()
                .get("workerId").asString();

        await().atMost(Duration.ofSeconds(30)).until(() -> workers("SV").findValuesAsString("workerId").contains(workerId));
        assertThat(workers("MX").findValuesAsString("workerId")).doesNotContain(workerId);
    }

    @Test
    void eventsWrittenDuringABrokerOutageAllArriveOnceAndInOrderPerWorker() {
        int workers = 100;
        List<String> ids = new ArrayList<>();
        infrastructure().stopBroker();
        try {
            for (int i = 0; i < workers; i++) {
                HttpTestClient.Response arrived = agri().postJson("/api/workers/arrivals", arrival("DO", "Outage-" + i));
                assertThat(arrived.status()).isEqualTo(201);
                ids.add(arrived.json().get("workerId").asString());
            }
            for (String id : ids) {
                HttpTestClient.Response departed = agri().postJson("/api/workers/" + id + "/departures",
                        "{\"departureDate\": \"" + LocalDate.now() + "\", \"reason\": \"END_OF_CONTRACT\"}");
                assertThat(departed.status()).isEqualTo(201);
            }
            // the outage lasts until the relay has really failed to publish and kept the events pending
            await().atMost(Duration.ofSeconds(90)).until(() -> workersWaitingAfterAFailedPublish() > 0);
        } finally {
            infrastructure().startBroker();
        }

        // 200 events: each worker's arrival then departure, each applied exactly once and in that order
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                .until(() -> departedCount("DO") == workers);
        JsonNode page = view().get("/api/views/consulates/DO/workers?size=200").json();
        assertThat(page.get("totalItems").asInt()).isEqualTo(workers);
        for (JsonNode worker : page.get("items")) {
            assertThat(worker.get("workerId").asString()).isIn(ids);
            assertThat(worker.get("history").findValuesAsString("type"))
                    .containsExactly("WorkerArrived", "WorkerDeparted");
        }
    }

    private long workersWaitingAfterAFailedPublish() {
        try (MongoClient client = MongoClients.create(infrastructure().mongoUri(""))) {
            return client.getDatabase(DATABASE_PREFIX + "-agricultural-workers").getCollection("workers")
                    .countDocuments(new Document("outboxAttempts", new Document("$gte", 1)));
        }
    }

    private long departedCount(String country) {
        JsonNode items = view().get("/api/views/consulates/" + country + "/workers?size=200").json().get("items");
        long departed = 0;
        for (JsonNode item : items) {
            if ("DEPARTED".equals(item.get("status").asString())) {
                departed++;
            }
        }
        return departed;
    }

    private JsonNode workers(String country) {
        return view().get("/api/views/consulates/" + country + "/workers").json().get("items");
    }
}
