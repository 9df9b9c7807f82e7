package qc.passerelle.agri;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import qc.passerelle.contracts.EventEnvelope;
import qc.passerelle.contracts.EventFixtures;
import qc.passerelle.contracts.recruiting.EmployerRegistered;
import qc.passerelle.testsupport.HttpTestClient;
import qc.passerelle.testsupport.ServiceScenarios;

/**
 * What every scenario of this service starts from, the way it happens for real: recruiting announces an employer,
 * this service learns of it, the employer registers its housing, MIFI assigns an inspector who inspects it.
 */
public abstract class AgriScenarios extends ServiceScenarios {

    public static final String INSPECTOR = "inspector-07";

    @Autowired
    protected MongoTemplate mongo;

    /** A new employer, known to this service. */
    protected String knownEmployer() {
        return knownEmployer("emp-" + UUID.randomUUID());
    }

    /** The employer with this id, announced by recruiting if it was not yet, and known to this service. */
    protected String knownEmployer(String employerId) {
        if (!mongo.exists(query(where("_id").is(employerId)), "employers")) {
            EmployerRegistered sample = EventFixtures.sample(EmployerRegistered.class);
            kafka.publish(EventEnvelope.wrap(new EmployerRegistered(employerId, "Ferme " + employerId, sample.neq(),
                    sample.region(), sample.sector()), Instant.now(), 1));
            await().atMost(PATIENCE).until(() -> mongo.exists(query(where("_id").is(employerId)), "employers"));
        }
        return employerId;
    }

    /** The DESIGN's example: 2 rooms of 4 beds, 1 toilet, 1 shower. */
    public static String facts(int toilets) {
        return """
                {"rooms": [{"name": "A", "areaM2": 20, "beds": 4, "bunkBeds": 0, "minBedSpacingCm": 90},
                           {"name": "B", "areaM2": 20, "beds": 4, "bunkBeds": 0, "minBedSpacingCm": 90}],
                 "toilets": %d, "showers": 1, "sinks": 2, "stoves": 2, "fridges": 2, "heating": true,
                 "potableWater": true, "smokeDetectors": 2, "fireExtinguishers": 1}""".formatted(toilets);
    }

    public static String unit(String employerId, String facts) {
        return """
                {"employerId": "%s", "address": "1200, rang Saint-Joseph, Saint-Rémi", "region": "MONTEREGIE",
                 "facts": %s}""".formatted(employerId, facts);
    }

    public static String inspection(String ruleSet, String facts) {
        return """
                {"ruleSet": "%s", "plannedOccupants": 8, "inspectedOn": "%s", "observed": %s}"""
                .formatted(ruleSet, LocalDate.now().minusDays(1), facts);
    }

    /** A unit registered by its (known) employer and assigned by MIFI to the test inspector, not yet inspected. */
    protected String unitOf(String employerId) {
        knownEmployer(employerId);
        HttpTestClient.Response created = as(tokens.employer(employerId)).postJson("/api/housing-units", unit(employerId, facts(1)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String unitId = created.json().get("housingUnitId").asString();
        assertThat(as(tokens.mifi()).postJson("/api/housing-units/" + unitId + "/assignments",
                "{\"inspector\": \"" + INSPECTOR + "\"}").status()).isEqualTo(201);
        return unitId;
    }

    /** A unit that passed the federal minimum for 8 occupants. */
    protected String compliantUnitOf(String employerId) {
        String unitId = unitOf(employerId);
        assertThat(as(tokens.inspector()).postJson("/api/housing-units/" + unitId + "/inspections",
                inspection("FEDERAL_MINIMUM", facts(1))).status()).isEqualTo(201);
        return unitId;
    }

    /** A unit that failed the CNESST 2026 draft. */
    protected String failingUnitOf(String employerId) {
        String unitId = unitOf(employerId);
        assertThat(as(tokens.inspector()).postJson("/api/housing-units/" + unitId + "/inspections",
                inspection("CNESST_2026_DRAFT", facts(1))).status()).isEqualTo(201);
        return unitId;
    }
}
