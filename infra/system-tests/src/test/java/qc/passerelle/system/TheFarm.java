package qc.passerelle.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import qc.passerelle.contracts.EventEnvelope;
import qc.passerelle.contracts.EventFixtures;
import qc.passerelle.contracts.recruiting.EmployerRegistered;
import qc.passerelle.testsupport.HttpTestClient;
import qc.passerelle.testsupport.KafkaTestClient;

/** The farm whose workers the process-level suites post, and its one failed-inspection unit. */
final class TheFarm {

    static final String ID = ArrivalToConsulateViewScenarios.FARM;

    private TheFarm() {
    }

    /** Announced on recruiting's topic in recruiting's place (the suites do not run recruiting). */
    static void announce(String bootstrapServers) {
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            EmployerRegistered sample = EventFixtures.sample(EmployerRegistered.class);
            kafka.publish(EventEnvelope.wrap(new EmployerRegistered(ID, "Ferme Beauséjour", sample.neq(),
                    sample.region(), sample.sector()), Instant.now(), 1));
        }
    }

    /** The unit is accepted once agricultural-workers has learnt of the farm from the recruiting topic. */
    static String registerAndInspectUnit(int agriPort, Supplier<String> mifiToken, String keyPrefix, LocalDate today) {
        HttpTestClient mifi = HttpTestClient.onPort(agriPort).withToken(mifiToken.get());
        AtomicReference<String> unit = new AtomicReference<>();
        await("agricultural-workers to accept the farm's unit").atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(500)).ignoreExceptions().until(() -> {
                    HttpTestClient.Response created = mifi.postJson("/api/housing-units", ArrivalToConsulateViewScenarios.UNIT,
                            Map.of("Idempotency-Key", keyPrefix + "-unit"));
                    if (created.status() == 201) {
                        unit.set(created.json().get("housingUnitId").asString());
                    }
                    return unit.get() != null;
                });
        HttpTestClient.Response inspected = mifi.postJson("/api/housing-units/" + unit.get() + "/inspections",
                ArrivalToConsulateViewScenarios.INSPECTION.formatted(today.minusDays(1)),
                Map.of("Idempotency-Key", keyPrefix + "-inspection"));
        assertThat(inspected.status()).as(inspected.body()).isEqualTo(201);
        return unit.get();
    }
}
