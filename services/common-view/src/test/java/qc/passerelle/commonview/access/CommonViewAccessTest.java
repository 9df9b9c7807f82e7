package qc.passerelle.commonview.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static qc.passerelle.testsupport.AccessMatrix.everyItem;
import static qc.passerelle.testsupport.AccessMatrix.field;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import qc.passerelle.commonview.alert.AlertIds;
import qc.passerelle.commonview.support.Season;
import qc.passerelle.contracts.agriworkers.InspectionResult;
import qc.passerelle.testsupport.AccessMatrix;
import qc.passerelle.testsupport.EmbeddedInfrastructure;
import qc.passerelle.testsupport.HttpTestClient;
import qc.passerelle.testsupport.ServiceScenarios;
import qc.passerelle.testsupport.TestInfrastructure;

/**
 * Who may read what in common-view, one row per endpoint and caller: the consulate, employer, MIFI and person
 * views, the alerts and their acknowledgements, the CSV exports, the live stream and the rebuild.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CommonViewAccessTest extends ServiceScenarios {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.get().register(registry, "common-view-access-matrix");
        registry.add("spring.cloud.stream.bindings.mobilityEvents-in-0.group", () -> "common-view-access-matrix");
        registry.add("passerelle.common-view.alerts.first-check", () -> "PT1H");
    }

    @Override
    protected TestInfrastructure infrastructure() {
        return EmbeddedInfrastructure.get();
    }

    @Test
    void eachCallerReadsOnlyWhatIsTheirsOnEveryEndpoint() {
        Season season = new Season(kafka);
        String employer = season.id("emp");
        String other = season.id("emp");
        String unit = season.unit(employer, "MONTEREGIE");
        String failed = season.inspect(unit, employer, InspectionResult.NON_COMPLIANT, 8, LocalDate.of(2026, 6, 1));
        String worker = season.arrive("GT", employer, unit, LocalDate.of(2026, 4, 27));
        String alert = AlertIds.nonCompliant(unit, failed);
        HttpTestClient mifi = as(tokens.mifi());
        await().atMost(PATIENCE).until(() -> mifi.get("/api/views/alerts/" + alert).status() == 200
                && mifi.get("/api/views/employers/" + employer).status() == 200);

        String gt = tokens.consulate("GT");
        String mx = tokens.consulate("MX");
        String mine = tokens.employer(employer);
        String theirs = tokens.employer(other);
        String inspector = tokens.inspector();
        String institution = tokens.institution("inst-cegep-rimouski");
        String noCountry = tokens.token("consulate-without-country", List.of("CONSULATE"), Map.of());
        String noEmployer = tokens.token("employer-without-id", List.of("EMPLOYER"), Map.of());

        AccessMatrix matrix = AccessMatrix.on(HttpTestClient.onPort(port));
        // a consulate's views: MIFI and that consulate
        for (String path : List.of("/api/views/consulates/GT/workers", "/api/views/consulates/GT/workers.csv",
                "/api/views/consulates/GT/weeks?year=2026", "/api/views/consulates/GT/reports",
                "/api/views/consulates/GT/reports.csv")) {
            matrix.get(path, null, 401).get(path, mx, 403).get(path, mine, 403).get(path, inspector, 403)
                    .get(path, institution, 403).get(path, noCountry, 403).get(path, gt, 200).get(path, tokens.mifi(), 200);
        }
        matrix.get("/api/views/consulates/GT/workers", gt, 200, "only Guatemalans", everyItem(field("citizenship", "GT")));
        // an employer's views: MIFI and that employer
        for (String path : List.of("/api/views/employers/" + employer, "/api/views/employers/" + employer + "/workers",
                "/api/views/employers/" + employer + "/workers.csv", "/api/views/employers/" + employer + "/housing-units",
                "/api/views/employers/" + employer + "/housing-units.csv")) {
            matrix.get(path, null, 401).get(path, theirs, 403).get(path, gt, 403).get(path, inspector, 403)
                    .get(path, noEmployer, 403).get(path, mine, 200).get(path, tokens.mifi(), 200);
        }
        // MIFI's overview
        matrix.get("/api/views/mifi/overview", null, 401).get("/api/views/mifi/overview", gt, 403)
                .get("/api/views/mifi/overview", mine, 403).get("/api/views/mifi/overview", inspector, 403)
                .get("/api/views/mifi/overview", tokens.mifi(), 200)
                .get("/api/views/mifi/programs", null, 401).get("/api/views/mifi/programs", gt, 403)
                .get("/api/views/mifi/programs", mine, 403).get("/api/views/mifi/programs", tokens.mifi(), 200);
        // a person's timeline: MIFI, their consulate, an employer they worked for
        String timeline = "/api/views/people/" + worker + "/timeline";
        matrix.get(timeline, null, 401).get(timeline, mx, 403).get(timeline, theirs, 403).get(timeline, inspector, 403)
                .get(timeline, gt, 200).get(timeline, mine, 200).get(timeline, tokens.mifi(), 200);
        // alerts: each audience its own inbox; MIFI any
        matrix.get("/api/views/alerts", null, 401).get("/api/views/alerts", inspector, 403)
                .get("/api/views/alerts", institution, 403).get("/api/views/alerts", noCountry, 403)
                .get("/api/views/alerts", gt, 200, "GT's own alerts", everyItem(node ->
                        node.get("countries").valueStream().allMatch(c -> c.asString().equals("GT"))))
                .get("/api/views/alerts?country=MX", gt, 403).get("/api/views/alerts?employerId=" + employer, theirs, 403)
                .get("/api/views/alerts?employerId=" + employer, mine, 200).get("/api/views/alerts?country=GT", tokens.mifi(), 200)
                .get("/api/views/alerts/" + alert, gt, 200).get("/api/views/alerts/" + alert, mine, 200)
                .get("/api/views/alerts/" + alert, mx, 404).get("/api/views/alerts/" + alert, theirs, 404)
                .get("/api/views/alerts/" + alert, inspector, 403)
                .get("/api/views/alerts.csv", null, 401).get("/api/views/alerts.csv", inspector, 403)
                .get("/api/views/alerts.csv", gt, 200).get("/api/views/alerts.csv", mine, 200)
                .get("/api/views/alerts.csv?country=MX", gt, 403)
                .post("/api/views/alerts/" + alert + "/acknowledgements", "{}", null, 401)
                .post("/api/views/alerts/" + alert + "/acknowledgements", "{}", inspector, 403)
                .post("/api/views/alerts/" + alert + "/acknowledgements", "{}", mx, 404)
                .post("/api/views/alerts/" + alert + "/acknowledgements?country=GT", "{}", mx, 403)
                .post("/api/views/alerts/" + alert + "/acknowledgements", "{}", mine, 201);
        // the live stream (follow=false: what is missed, then the end of the stream)
        matrix.get("/api/views/stream?follow=false", null, 401).get("/api/views/stream?follow=false", inspector, 403)
                .get("/api/views/stream?follow=false", institution, 403).get("/api/views/stream?follow=false", noCountry, 403)
                .get("/api/views/stream?follow=false&country=MX", gt, 403)
                .get("/api/views/stream?follow=false&employerId=" + employer, theirs, 403)
                .get("/api/views/stream?follow=false&lastEventId=0", gt, 200)
                .get("/api/views/stream?follow=false&lastEventId=0", mine, 200)
                .get("/api/views/stream?follow=false&country=GT", tokens.mifi(), 200);
        // the rebuild: MIFI only
        matrix.get("/api/views/rebuild", null, 401).get("/api/views/rebuild", gt, 403).get("/api/views/rebuild", mine, 403)
                .post("/api/views/rebuild", "{}", gt, 403).post("/api/views/rebuild", "{}", mine, 403)
                .get("/api/views/rebuild", tokens.mifi(), 200);
        matrix.verify();

        // what a scoped stream carries is its own audience's only
        HttpTestClient.Response stream = as(gt).get("/api/views/stream?follow=false&lastEventId=0");
        assertThat(stream.contentType()).startsWith("text/event-stream");
        assertThat(stream.body()).contains(alert).doesNotContain("\"MX\"");
        assertThat(as(theirs).get("/api/views/stream?follow=false&lastEventId=0").body()).doesNotContain(alert);
    }
}
