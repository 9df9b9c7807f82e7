package qc.passerelle.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import qc.passerelle.agri.AgriculturalWorkersApplication;
import qc.passerelle.recruiting.RecruitingApplication;
import qc.passerelle.testsupport.EmbeddedInfrastructure;
import qc.passerelle.testsupport.HttpTestClient;
import qc.passerelle.testsupport.TestIdentityProvider;

/**
 * agricultural-workers learns employers from recruiting only: a farm it has not heard of cannot register housing (409
 * naming employerId); once recruiting registers it, on the real broker, the same request is accepted.
 */
class EmployerFromRecruitingTest {

    private static ConfigurableApplicationContext recruiting;
    private static ConfigurableApplicationContext agri;

    @BeforeAll
    static void start() {
        EmbeddedInfrastructure infrastructure = EmbeddedInfrastructure.get();
        recruiting = RunningServices.launch(RecruitingApplication.class, infrastructure, "recruiting", "employers",
                "mobility.recruiting.v1", "");
        agri = RunningServices.launch(AgriculturalWorkersApplication.class, infrastructure, "agricultural-workers",
                "employers", "mobility.agri-workers.v1", "mobility.agri-workers.v1,mobility.recruiting.v1");
    }

    @AfterAll
    static void stop() {
        if (agri != null) {
            agri.close();
        }
        if (recruiting != null) {
            recruiting.close();
        }
    }

    @Test
    void aFarmRegistersHousingOnlyOnceRecruitingHasRegisteredIt() {
        String farm = "emp-" + UUID.randomUUID().toString().substring(0, 8);
        HttpTestClient housing = HttpTestClient.onPort(RunningServices.port(agri))
                .withToken(TestIdentityProvider.get().employer(farm));
        String unit = ArrivalToConsulateViewScenarios.UNIT.replace(ArrivalToConsulateViewScenarios.FARM, farm);

        HttpTestClient.Response refused = housing.postJson("/api/housing-units", unit, Map.of("Idempotency-Key", farm + "-early"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(refused.json().toString()).contains("employerId");

        HttpTestClient.Response registered = HttpTestClient.onPort(RunningServices.port(recruiting))
                .withToken(TestIdentityProvider.get().mifi())
                .postJson("/api/employers", """
                        {"employerId": "%s", "legalName": "Ferme des Deux Rivières", "neq": "%s",
                         "region": "MONTEREGIE", "sectors": ["AGRICULTURE"], "contactEmail": "rh@deuxrivieres.test",
                         "needsLmia": true}""".formatted(farm, neq()), Map.of("Idempotency-Key", farm + "-registered"));
        assertThat(registered.status()).isEqualTo(201);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                housing.postJson("/api/housing-units", unit, Map.of("Idempotency-Key", farm + "-after")).status())
                .isEqualTo(201));
    }

    private static String neq() {
        return String.valueOf(1_100_000_000L + (long) (Math.random() * 899_999_999L));
    }
}
