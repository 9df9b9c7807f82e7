package qc.passerelle.commonview.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import qc.passerelle.commonview.support.MovableClock;
import qc.passerelle.commonview.support.Season;
import qc.passerelle.commonview.support.SseClient;
import qc.passerelle.contracts.Topics;
import qc.passerelle.contracts.agriworkers.InspectionResult;
import qc.passerelle.testsupport.HttpTestClient;
import qc.passerelle.testsupport.ServiceScenarios;
import tools.jackson.databind.JsonNode;

/**
 * Issue 12's acceptance: alerts raised by common-view from what it sees on the real broker, published on
 * {@code mobility.alerts.v1}, shown to MIFI, the employer and each concerned consulate (its own nationals only),
 * through the API and the live stream; cleared when the cause ends; raised once per cause.
 */
abstract class AlertScenarios extends ServiceScenarios {

    static final Duration WITHIN = Duration.ofSeconds(2);

    @Autowired
    MovableClock clock;

    @Autowired
    TimeBasedAlerts timeBasedAlerts;

    @Autowired
    org.springframework.data.mongodb.core.MongoTemplate mongo;

    Season season;

    @BeforeEach
    void season() {
        season = new Season(kafka);
    }

    @Test
    void workersArrivingInAFailedUnitRaiseOneAlertSeenByMifiTheEmployerAndEachConsulateForItsOwnNationals() {
        String employer = season.id("emp");
        String otherEmployer = season.id("emp");
        String unit = season.unit(employer, "MONTEREGIE");
        String failed = season.inspect(unit, employer, InspectionResult.NON_COMPLIANT, 8, LocalDate.of(2026, 5, 15));
        String alertId = AlertIds.nonCompliant(unit, failed);
        Map<String, String> watchers = Map.of("mifi", tokens.mifi(), "employer", tokens.employer(employer),
                "GT", tokens.consulate("GT"), "MX", tokens.consulate("MX"),
                "otherEmployer", tokens.employer(otherEmployer), "HN", tokens.consulate("HN"));
        Map<String, SseClient> streams = new HashMap<>();
        watchers.forEach((who, token) -> streams.put(who, SseClient.open(port, "/api/views/stream", token, Map.of())));
        try {
            await().atMost(PATIENCE).until(() -> streams.values().stream().allMatch(SseClient::connected));

            List<String> guatemalans = List.of(season.arrive("GT", employer, unit, LocalDate.of(2026, 4, 27)),
                    season.arrive("GT", employer, unit, LocalDate.of(2026, 4, 27)),
                    season.arrive("GT", employer, unit, LocalDate.of(2026, 4, 28)));
            String mexican = season.arrive("MX", employer, unit, LocalDate.of(2026, 4, 28));

            // within 2 s, through the API, each audience sees it with its own part of the workers
            await().atMost(WITHIN).until(() -> names(alert(tokens.mifi(), alertId)).size() == 4
                    && names(alert(tokens.employer(employer), alertId)).size() == 4
                    && names(alert(tokens.consulate("GT"), alertId)).size() == 3
                    && names(alert(tokens.consulate("MX"), alertId)).size() == 1);
            // and through the live stream
            await().atMost(WITHIN).until(() -> streamNames(streams.get("mifi"), alertId) == 4
                    && streamNames(streams.get("employer"), alertId) == 4
                    && streamNames(streams.get("GT"), alertId) == 3
                    && streamNames(streams.get("MX"), alertId) == 1);

            JsonNode gt = alert(tokens.consulate("GT"), alertId).orElseThrow();
            assertThat(gt.get("type").asString()).isEqualTo("WorkersInNonCompliantHousing");
            assertThat(gt.get("open").asBoolean()).isTrue();
            assertThat(names(gt)).containsExactlyInAnyOrderElementsOf(guatemalans);
            assertThat(gt.get("workers").findValuesAsString("citizenship")).containsOnly("GT");
            assertThat(gt.get("workers").get(0).get("familyName").asString()).startsWith("López");
            assertThat(names(alert(tokens.consulate("MX"), alertId).orElseThrow())).containsExactly(mexican);
            assertThat(lastAlert(streams.get("MX"), alertId).orElseThrow().get("workers").toString())
                    .doesNotContain(guatemalans.get(0));
            // nobody else: not another employer, not another consulate, not in the API nor in their stream
            assertThat(alert(tokens.employer(otherEmployer), alertId)).isEmpty();
            assertThat(alert(tokens.consulate("HN"), alertId)).isEmpty();
            assertThat(streams.get("otherEmployer").events("alert")).isEmpty();
            assertThat(lastAlert(streams.get("HN"), alertId)).isEmpty();
            assertThat(as(tokens.employer(otherEmployer)).get("/api/views/alerts/" + alertId).status()).isEqualTo(404);
            assertThat(as(tokens.consulate("GT")).get("/api/views/alerts?country=MX").status()).isEqualTo(403);

            // a passing re-inspection clears it, for everyone
            season.inspect(unit, employer, InspectionResult.COMPLIANT, 8, null);
            await().atMost(PATIENCE).until(() -> cleared(tokens.mifi(), alertId) && cleared(tokens.employer(employer), alertId)
                    && cleared(tokens.consulate("GT"), alertId) && cleared(tokens.consulate("MX"), alertId));
            assertThat(alert(tokens.mifi(), alertId).orElseThrow().get("clearedBecause").asString())
                    .isEqualTo("REINSPECTION_PASSED");
            await().atMost(PATIENCE).until(() -> lastAlert(streams.get("GT"), alertId)
                    .map(a -> !a.get("open").asBoolean()).orElse(false));
            assertThat(streams.get("otherEmployer").events("alert")).isEmpty();
            assertThat(lastAlert(streams.get("HN"), alertId)).isEmpty();
        } finally {
            streams.values().forEach(SseClient::close);
        }
        // raised once: one event in this service's outbox for the unit, and on the topic only that alert about it
        assertThat(raised(unit)).containsExactly(alertId);
        assertThat(kafka.awaitRecords(Topics.ALERTS, r -> r.key().equals(unit), 1, PATIENCE))
                .allSatisfy(r -> assertThat(new String(r.value(), java.nio.charset.StandardCharsets.UTF_8)).contains(alertId));
    }

    @Test
    void aStreamResumedWithLastEventIdGetsWhatItMissedAndOnlyItsOwn() {
        String employer = season.id("emp");
        String unit = season.unit(employer, "MONTEREGIE");
        String failed = season.inspect(unit, employer, InspectionResult.NON_COMPLIANT, 8, LocalDate.of(2026, 5, 15));
        String alertId = AlertIds.nonCompliant(unit, failed);
        String first = season.arrive("GT", employer, unit, LocalDate.of(2026, 4, 27));
        await().atMost(PATIENCE).until(() -> alert(tokens.consulate("GT"), alertId).isPresent());
        String seen;
        try (SseClient gt = SseClient.open(port, "/api/views/stream?lastEventId=0", tokens.consulate("GT"), Map.of())) {
            await().atMost(PATIENCE).until(() -> lastAlert(gt, alertId).isPresent());
            List<SseClient.Event> events = gt.events();
            seen = events.get(events.size() - 1).id();
        }
        // disconnected: a second worker arrives and a Mexican too
        String second = season.arrive("GT", employer, unit, LocalDate.of(2026, 4, 28));
        season.arrive("MX", employer, unit, LocalDate.of(2026, 4, 28));
        await().atMost(PATIENCE).until(() -> names(alert(tokens.mifi(), alertId)).size() == 3);

        try (SseClient gt = SseClient.open(port, "/api/views/stream", tokens.consulate("GT"), Map.of("Last-Event-ID", seen))) {
            await().atMost(PATIENCE).until(() -> streamNames(gt, alertId) == 2);
            assertThat(gt.events().stream().mapToLong(e -> Long.parseLong(e.id())).min().orElseThrow())
                    .isGreaterThan(Long.parseLong(seen));
            assertThat(gt.events().toString()).doesNotContain("\"MX\"");
            assertThat(lastAlert(gt, alertId).orElseThrow().get("workers").findValuesAsString("workerId"))
                    .containsExactlyInAnyOrder(first, second);
        }
        HttpTestClient.Response bad = as(tokens.consulate("GT")).get("/api/views/stream?follow=false",
                Map.of("Last-Event-ID", "yesterday"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("field").asString()).isEqualTo("Last-Event-ID");
    }

    @Test
    void eachAudienceAcknowledgesForItselfAndASecondCauseIsASecondAlert() {
        String employer = season.id("emp");
        String unit = season.unit(employer, "LANAUDIERE");
        String failed = season.inspect(unit, employer, InspectionResult.NON_COMPLIANT, 4, LocalDate.of(2026, 5, 15));
        String alertId = AlertIds.nonCompliant(unit, failed);
        season.arrive("GT", employer, unit, LocalDate.of(2026, 4, 27));
        await().atMost(PATIENCE).until(() -> alert(tokens.consulate("GT"), alertId).isPresent());

        String path = "/api/views/alerts/" + alertId + "/acknowledgements";
        assertThat(as(tokens.consulate("GT")).postJson(path, "{}").status()).isEqualTo(201);
        assertThat(as(tokens.consulate("GT")).postJson(path, "{}").status()).isEqualTo(201);
        assertThat(alert(tokens.consulate("GT"), alertId).orElseThrow().get("acknowledged").asBoolean()).isTrue();
        assertThat(alert(tokens.mifi(), alertId).orElseThrow().get("acknowledged").asBoolean()).isFalse();
        assertThat(alert(tokens.employer(employer), alertId).orElseThrow().get("acknowledged").asBoolean()).isFalse();
        assertThat(as(tokens.consulate("MX")).postJson(path, "{}").status()).isEqualTo(404);

        // the same unit fills up past its capacity: a second cause, a second alert; the first is not raised again
        for (int i = 0; i < 4; i++) {
            season.arrive("MX", employer, unit, LocalDate.of(2026, 4, 29));
        }
        String overcrowded = AlertIds.overcrowded(unit, 4);
        await().atMost(PATIENCE).until(() -> alert(tokens.consulate("MX"), overcrowded).isPresent());
        assertThat(raised(unit)).containsExactly(alertId, overcrowded);
        assertThat(alert(tokens.mifi(), overcrowded).orElseThrow().get("type").asString()).isEqualTo("HousingOvercrowded");
        assertThat(names(alert(tokens.consulate("MX"), overcrowded))).hasSize(4);
    }

    @Test
    void alertsKeptInTheInboxesOfEarlierVersionsAreStillShownOnceAtTheirNewest() {
        String alertId = AlertIds.missing(absentHonduran(season.id("emp")), "2026-06-02");
        await().atMost(PATIENCE).until(() -> alert(tokens.mifi(), alertId).isPresent());

        // what an earlier version kept in one document: the same alert at an older version, and one only there
        String key = qc.passerelle.commonview.readmodel.Keys.field(alertId);
        org.bson.Document current = mongo.findById(AlertReadModels.inbox("MIFI", alertId), org.bson.Document.class,
                AlertReadModels.INBOXES).get("alerts", org.bson.Document.class).get(key, org.bson.Document.class);
        org.bson.Document older = new org.bson.Document(current).append("v", current.getLong("v") - 1).append("open", false);
        String onlyThere = alertId + "-legacy";
        org.bson.Document legacy = new org.bson.Document(current).append("alertId", onlyThere);
        mongo.save(new org.bson.Document("_id", "MIFI").append("alerts", new org.bson.Document(key, older)
                .append(qc.passerelle.commonview.readmodel.Keys.field(onlyThere), legacy)), AlertReadModels.INBOXES);
        // and what the version after it kept in 32 documents ("MIFI:<NN>"), and in a consulate's single document
        String inOldBucket = alertId + "-bucketed";
        mongo.save(new org.bson.Document("_id", "MIFI:" + String.format("%02d", qc.passerelle.commonview.readmodel.Keys
                .bucket(inOldBucket, 32))).append("alerts", new org.bson.Document(qc.passerelle.commonview.readmodel.Keys
                .field(inOldBucket), new org.bson.Document(current).append("alertId", inOldBucket))), AlertReadModels.INBOXES);
        mongo.save(new org.bson.Document("_id", "CONSULATE:HN").append("alerts", new org.bson.Document(key, older)),
                AlertReadModels.INBOXES);

        assertThat(alert(tokens.mifi(), alertId).orElseThrow().get("open").asBoolean()).isTrue();
        assertThat(alert(tokens.mifi(), onlyThere)).isPresent();
        assertThat(alert(tokens.mifi(), inOldBucket)).isPresent();
        JsonNode list = as(tokens.mifi()).get("/api/views/alerts").json();
        assertThat(list.findValuesAsString("alertId")).containsOnlyOnce(alertId).contains(onlyThere, inOldBucket);
        assertThat(alert(tokens.consulate("HN"), alertId).orElseThrow().get("open").asBoolean()).isTrue();
        assertThat(as(tokens.consulate("HN")).get("/api/views/alerts").json().findValuesAsString("alertId"))
                .containsOnlyOnce(alertId);
    }

    @Test
    void anAbsenceRaisesWorkerMissingUntilTheWorkerDeparts() {
        String employer = season.id("emp");
        String worker = absentHonduran(employer);
        String alertId = AlertIds.missing(worker, "2026-06-02");

        await().atMost(PATIENCE).until(() -> alert(tokens.consulate("HN"), alertId).map(a -> a.get("open").asBoolean())
                .orElse(false) && alert(tokens.employer(employer), alertId).isPresent());
        assertThat(alert(tokens.consulate("GT"), alertId)).isEmpty();

        season.depart(worker, "HN", employer, LocalDate.of(2026, 6, 10));
        await().atMost(PATIENCE).until(() -> cleared(tokens.consulate("HN"), alertId));
        assertThat(alert(tokens.mifi(), alertId).orElseThrow().get("clearedBecause").asString()).isEqualTo("WORKER_DEPARTED");
    }

    @Test
    void aReportOpenAfter72HoursAndAnOverdueDeficiencyAreRaisedByTheClockAndClearedWhenAnswered() {
        String employer = season.id("emp");
        String unit = season.unit(employer, "MONTEREGIE");
        // deadlines are Quebec dates: between midnight UTC and midnight in Quebec, the UTC date is a day ahead
        LocalDate todayInQuebec = LocalDate.ofInstant(clock.instant(), java.time.ZoneId.of("America/Toronto"));
        String failed = season.inspect(unit, employer, InspectionResult.NON_COMPLIANT, 8, todayInQuebec.plusDays(2));
        String worker = season.arrive("GT", employer, unit, LocalDate.of(2026, 4, 27));
        String report = season.fileReport(worker, "GT", employer, unit);
        String unanswered = AlertIds.unanswered(report);
        String overdue = AlertIds.overdue(unit, failed, "def-1");
        await().atMost(PATIENCE).until(() -> alert(tokens.mifi(), AlertIds.nonCompliant(unit, failed)).isPresent()
                && as(tokens.consulate("GT")).get("/api/views/consulates/GT/reports?size=200").body().contains(report));

        timeBasedAlerts.check();
        assertThat(alert(tokens.mifi(), unanswered)).isEmpty();

        clock.advance(Duration.ofHours(73));
        timeBasedAlerts.check();
        await().atMost(PATIENCE).until(() -> alert(tokens.consulate("GT"), unanswered).isPresent()
                && alert(tokens.employer(employer), overdue).isPresent());
        assertThat(alert(tokens.consulate("MX"), unanswered)).isEmpty();
        assertThat(timeBasedAlerts.check()).isZero();

        season.resolveReport(report, worker, "GT", employer);
        await().atMost(PATIENCE).until(() -> cleared(tokens.consulate("GT"), unanswered));
        assertThat(alert(tokens.mifi(), overdue).orElseThrow().get("open").asBoolean()).isTrue();
    }

    /** The alerts this service raised about a unit, each once, in the order raised (its outbox numbered them 1, 2...). */
    List<String> raised(String unitId) {
        AlertSource source = mongo.findById("unit:" + unitId, AlertSource.class, AlertSource.COLLECTION);
        assertThat(source.version()).isEqualTo(source.raised().size());
        return source.raised();
    }

    /** A Honduran who arrived in a compliant unit of the employer on 2026-04-27 and was reported absent on 06-02. */
    String absentHonduran(String employer) {
        String unit = season.unit(employer, "MONTEREGIE");
        season.inspect(unit, employer, InspectionResult.COMPLIANT, 8, null);
        String worker = season.arrive("HN", employer, unit, LocalDate.of(2026, 4, 27));
        season.absent(worker, "HN", employer, unit, LocalDate.of(2026, 6, 2));
        return worker;
    }

    Optional<JsonNode> alert(String token, String alertId) {
        HttpTestClient.Response response = as(token).get("/api/views/alerts/" + alertId);
        return response.status() == 200 ? Optional.of(response.json()) : Optional.empty();
    }

    boolean cleared(String token, String alertId) {
        return alert(token, alertId).map(a -> !a.get("open").asBoolean()).orElse(false);
    }

    static List<String> names(Optional<JsonNode> alert) {
        return alert.map(AlertScenarios::names).orElse(List.of());
    }

    static List<String> names(JsonNode alert) {
        return alert.get("workers").findValuesAsString("workerId");
    }

    static int streamNames(SseClient stream, String alertId) {
        return lastAlert(stream, alertId).map(a -> names(a).size()).orElse(-1);
    }

    static Optional<JsonNode> lastAlert(SseClient stream, String alertId) {
        List<SseClient.Event> events = stream.events("alert").stream()
                .filter(e -> e.json().get("key").asString().equals(alertId)).toList();
        return events.isEmpty() ? Optional.empty() : Optional.of(events.get(events.size() - 1).json().get("data"));
    }
}
