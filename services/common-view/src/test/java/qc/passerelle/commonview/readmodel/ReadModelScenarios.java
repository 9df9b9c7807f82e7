package qc.passerelle.commonview.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import qc.passerelle.commonview.agri.AgriReadModels;
import qc.passerelle.commonview.support.Season;
import qc.passerelle.contracts.EventFixtures;
import qc.passerelle.contracts.francization.EnrolmentSource;
import qc.passerelle.contracts.francization.FrancizationEnrolled;
import qc.passerelle.contracts.francization.FrancizationLevelAttained;
import qc.passerelle.contracts.recruiting.CandidateApplied;
import qc.passerelle.contracts.recruiting.EmployerJoinedMission;
import qc.passerelle.contracts.recruiting.EmploymentOfferAccepted;
import qc.passerelle.contracts.recruiting.JobOfferPublished;
import qc.passerelle.contracts.recruiting.RecruitmentMissionScheduled;
import qc.passerelle.contracts.students.StudentProspectRegistered;
import qc.passerelle.contracts.agriworkers.InspectionResult;
import qc.passerelle.testsupport.HttpTestClient;
import qc.passerelle.testsupport.ServiceScenarios;
import tools.jackson.databind.JsonNode;

/**
 * The per-audience read models built from the agri-workers topic: MIFI's season overview against figures computed
 * here from the events posted, an employer's view, a consulate's weeks and reports, a person's timeline per
 * audience, and a rebuild from offset zero that ends in the same documents.
 */
abstract class ReadModelScenarios extends ServiceScenarios {

    @Autowired
    MongoTemplate mongo;

    @Autowired
    ReadModels readModels;

    Season season;

    @BeforeEach
    void season() {
        // a season of its own: the overview of that year holds this test's events only
        season = new Season(kafka, ThreadLocalRandom.current().nextInt(2040, 2099));
    }

    /** What a worker's arrival leaves for the overview, as the test keeps it. */
    record Arrival(String workerId, String country, String week, String unitId, String region) {
    }

    @Test
    void theSeasonOverviewAddsUpToWhatTheEventsSay() {
        int year = season.year();
        String employer = season.id("emp");
        String passed = season.unit(employer, "MONTEREGIE");
        String failed = season.unit(employer, "LAURENTIDES");
        String never = season.unit(employer, "ESTRIE");
        season.inspect(passed, employer, InspectionResult.COMPLIANT, 8, null);
        season.inspect(failed, employer, InspectionResult.NON_COMPLIANT, 8, LocalDate.of(year, 6, 1));
        Map<String, String> regions = Map.of(passed, "MONTEREGIE", failed, "LAURENTIDES", never, "ESTRIE");
        Map<String, Boolean> compliant = Map.of(passed, true, failed, false);

        List<Arrival> arrivals = new ArrayList<>();
        LocalDate[] days = {LocalDate.of(year, 4, 6), LocalDate.of(year, 4, 14), LocalDate.of(year, 4, 22)};
        String[][] plan = {{"GT", passed}, {"GT", passed}, {"GT", failed}, {"MX", failed}, {"MX", never},
                {"HN", passed}, {"GT", never}, {"MX", passed}};
        for (int i = 0; i < plan.length; i++) {
            LocalDate day = days[i % days.length];
            String worker = season.arrive(plan[i][0], employer, plan[i][1], day);
            arrivals.add(new Arrival(worker, plan[i][0], Keys.week(day), plan[i][1], regions.get(plan[i][1])));
        }
        Arrival departs = arrivals.get(0);
        Arrival absent = arrivals.get(3);
        season.depart(departs.workerId(), departs.country(), employer, LocalDate.of(year, 9, 1));
        season.absent(absent.workerId(), absent.country(), employer, absent.unitId(), LocalDate.of(year, 6, 2));

        // what the overview must say, computed from the events above
        Map<String, Map<String, Integer>> perWeekByCountry = new TreeMap<>();
        Map<String, Map<String, Integer>> perWeekByRegion = new TreeMap<>();
        Map<String, Integer> presentByCountry = new TreeMap<>();
        Set<String> units = new HashSet<>();
        int present = 0;
        int inInspected = 0;
        int inCompliant = 0;
        for (Arrival a : arrivals) {
            perWeekByCountry.computeIfAbsent(a.week(), w -> new TreeMap<>()).merge(a.country(), 1, Integer::sum);
            perWeekByRegion.computeIfAbsent(a.week(), w -> new TreeMap<>()).merge(a.region(), 1, Integer::sum);
            units.add(a.unitId());
            if (a != departs && a != absent) {
                present++;
                presentByCountry.merge(a.country(), 1, Integer::sum);
                if (compliant.containsKey(a.unitId())) {
                    inInspected++;
                    inCompliant += compliant.get(a.unitId()) ? 1 : 0;
                }
            }
        }
        long inspected = units.stream().filter(compliant::containsKey).count();
        long passing = units.stream().filter(u -> compliant.getOrDefault(u, false)).count();
        int expectedPresent = present;

        HttpTestClient mifi = as(tokens.mifi());
        int expectedInInspected = inInspected;
        int expectedInCompliant = inCompliant;
        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonNode overview = mifi.get("/api/views/mifi/overview?season=" + year).json();
            assertThat(overview.get("present").asInt()).isEqualTo(expectedPresent);
            assertThat(overview.get("absent").asInt()).isEqualTo(1);
            assertThat(counts(overview.get("arrivalsPerWeekByCountry"))).isEqualTo(perWeekByCountry);
            assertThat(counts(overview.get("arrivalsPerWeekByRegion"))).isEqualTo(perWeekByRegion);
            assertThat(count(overview.get("presentByCountry"))).isEqualTo(presentByCountry);
            assertThat(count(overview.get("absentByCountry"))).isEqualTo(Map.of(absent.country(), 1));
            assertThat(overview.get("inspectedUnits").asInt()).isEqualTo(inspected);
            assertThat(overview.get("compliantUnits").asInt()).isEqualTo(passing);
            assertThat(overview.get("unitComplianceRate").asDouble()).isEqualTo(round((double) passing / inspected));
            assertThat(overview.get("workersInInspectedUnits").asInt()).isEqualTo(expectedInInspected);
            assertThat(overview.get("workersInCompliantUnits").asInt()).isEqualTo(expectedInCompliant);
            assertThat(overview.get("workerComplianceRate").asDouble())
                    .isEqualTo(round((double) expectedInCompliant / expectedInInspected));
        });

        assertThat(mifi.get("/api/views/mifi/overview?season=1800").status()).isEqualTo(400);
        assertThat(mifi.get("/api/views/mifi/overview?season=1800").json().get("field").asString()).isEqualTo("season");
        assertThat(mifi.get("/api/views/mifi/overview?season=abc").status()).isEqualTo(400);
    }

    @Test
    void anEmployerSeesItsWorkersAndUnitsAndAPersonsTimelineIsCutToWhatConcernsEachAudience() {
        String employer = season.id("emp");
        String other = season.id("emp");
        String unit = season.unit(employer, "MONTEREGIE");
        String otherUnit = season.unit(other, "ESTRIE");
        season.inspect(unit, employer, InspectionResult.NON_COMPLIANT, 6, LocalDate.of(season.year(), 6, 1));
        String worker = season.arrive("GT", employer, unit, LocalDate.of(season.year(), 4, 6));
        String stays = season.arrive("MX", employer, unit, LocalDate.of(season.year(), 4, 6));
        season.post(new qc.passerelle.contracts.agriworkers.WorkerTransferred(worker, "GT", employer, other, otherUnit,
                LocalDate.of(season.year(), 5, 1), true));

        HttpTestClient mine = as(tokens.employer(employer));
        await().atMost(PATIENCE).until(() -> mine.get("/api/views/employers/" + employer + "/workers").body().contains(worker)
                && as(tokens.employer(other)).get("/api/views/employers/" + other + "/workers?status=PRESENT").body()
                .contains(worker));
        JsonNode overview = mine.get("/api/views/employers/" + employer).json();
        assertThat(overview.get("workersPresent").asInt()).isEqualTo(1);
        JsonNode housing = overview.get("housingUnits").get(0);
        assertThat(housing.get("housingUnitId").asString()).isEqualTo(unit);
        assertThat(housing.get("result").asString()).isEqualTo("NON_COMPLIANT");
        assertThat(housing.get("approvedCapacity").asInt()).isEqualTo(6);
        assertThat(housing.get("occupants").asInt()).isEqualTo(1);
        assertThat(housing.get("openDeficiencies").get(0).get("deadline").asString()).isEqualTo(season.year() + "-06-01");
        JsonNode left = mine.get("/api/views/employers/" + employer + "/workers?status=LEFT").json();
        assertThat(left.get("items").findValuesAsString("workerId")).containsExactly(worker);
        HttpTestClient.Response csv = mine.get("/api/views/employers/" + employer + "/workers.csv");
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("workerId,familyName,givenName").contains(stays).contains(worker);
        assertThat(mine.get("/api/views/employers/" + employer + "/housing-units.csv").body()).contains(unit);
        assertThat(mine.get("/api/views/employers/" + employer + "/workers?status=GONE").json().get("field").asString())
                .isEqualTo("status");

        // the timeline: whole for MIFI and the consulate, cut to each employer's part
        JsonNode whole = as(tokens.consulate("GT")).get("/api/views/people/" + worker + "/timeline").json();
        assertThat(whole.get("steps").findValuesAsString("type")).containsExactly("WorkerArrived", "WorkerTransferred");
        JsonNode former = mine.get("/api/views/people/" + worker + "/timeline").json();
        assertThat(former.get("steps").findValuesAsString("type")).containsExactly("WorkerArrived", "WorkerTransferred");
        assertThat(former.get("status").asString()).isEqualTo("LEFT");
        JsonNode current = as(tokens.employer(other)).get("/api/views/people/" + worker + "/timeline").json();
        assertThat(current.get("steps").findValuesAsString("type")).containsExactly("WorkerTransferred");
        assertThat(as(tokens.employer(other)).get("/api/views/people/" + stays + "/timeline").status()).isEqualTo(403);
        assertThat(as(tokens.consulate("MX")).get("/api/views/people/" + worker + "/timeline").status()).isEqualTo(403);
        assertThat(as(tokens.mifi()).get("/api/views/people/nobody-" + worker + "/timeline").status()).isEqualTo(404);
    }

    @Test
    void aConsulateSeesItsNationalsWeeksAndReportsWithoutTheirText() {
        String employer = season.id("emp");
        String unit = season.unit(employer, "MONTEREGIE");
        season.inspect(unit, employer, InspectionResult.COMPLIANT, 6, null);
        LocalDate day = LocalDate.of(season.year(), 4, 6);
        String worker = season.arrive("CO", employer, unit, day);
        String report = season.fileReport(worker, "CO", employer, unit);

        HttpTestClient co = as(tokens.consulate("CO"));
        await().atMost(PATIENCE).until(() -> co.get("/api/views/consulates/CO/reports?size=200").body().contains(report));
        JsonNode national = itemOf(co.get("/api/views/consulates/CO/workers?size=200").json(), worker);
        assertThat(national.get("region").asString()).isEqualTo("MONTEREGIE");
        assertThat(national.get("housingCompliant").asBoolean()).isTrue();
        JsonNode weeks = co.get("/api/views/consulates/CO/weeks?year=" + season.year()).json();
        assertThat(weeks.findValuesAsString("week")).contains(Keys.week(day));
        JsonNode reports = co.get("/api/views/consulates/CO/reports?status=OPEN&size=200").json();
        JsonNode filed = itemOf(reports, report, "reportId");
        assertThat(filed.get("category").asString()).isEqualTo("HOUSING");
        assertThat(filed.get("workerId").asString()).isEqualTo(worker);
        assertThat(co.get("/api/views/consulates/CO/reports.csv").body()).contains(report);
        assertThat(co.get("/api/views/consulates/CO/workers.csv").body()).contains(worker);
        assertThat(co.get("/api/views/consulates/CO/workers?status=LOST").json().get("field").asString()).isEqualTo("status");
    }

    @Test
    void aCountrysNationalsAndWeeksKeptByAnEarlierVersionAreStillCountedOnceAtTheirNewest() {
        String country = Season.unusedCountry();
        String employer = season.id("emp");
        String unit = season.unit(employer, "MONTEREGIE");
        LocalDate day = LocalDate.of(season.year(), 4, 6);
        String stays = season.arrive(country, employer, unit, day);
        String other = season.arrive(country, employer, unit, day);
        HttpTestClient consulate = as(tokens.consulate(country));
        String list = "/api/views/consulates/" + country + "/workers?size=200";
        await().atMost(PATIENCE).until(() -> consulate.get(list).body().contains(other)
                && consulate.get(list).body().contains(stays));

        // what an earlier version kept: 16 buckets of nationals ("<country>:<NN>") and one document per week, here
        // with an older state of a worker also in today's buckets, and a worker only there
        String key = Keys.field(stays);
        Document current = mongo.findById(AgriReadModels.NATIONAL_BUCKETS.of(country, stays), Document.class,
                AgriReadModels.NATIONALS).get("members", Document.class).get(key, Document.class);
        Document older = new Document(current).append("v", current.getLong("v") - 1).append("status", "ABSENT");
        String onlyThere = season.id("wkr");
        Document legacy = new Document(current).append("workerId", onlyThere);
        String earlierBucket = country + ":" + String.format("%02d", Keys.bucket(stays, 16));
        String earlierBucketOfOnlyThere = country + ":" + String.format("%02d", Keys.bucket(onlyThere, 16));
        String earlierWeek = AgriReadModels.countryWeek(country, Keys.week(day));
        mongo.save(new Document("_id", earlierBucket).append("country", country)
                .append("members", new Document(key, older)), AgriReadModels.NATIONALS);
        mongo.upsert(Query.query(Criteria.where("_id").is(earlierBucketOfOnlyThere)), new Update()
                .set("country", country).set("members." + Keys.field(onlyThere), legacy), AgriReadModels.NATIONALS);
        Document arrival = new Document("season", season.year()).append("housingUnitId", unit);
        mongo.save(new Document("_id", earlierWeek).append("country", country).append("week", Keys.week(day))
                .append("arrivals", new Document(key, arrival).append(Keys.field(onlyThere), arrival)),
                AgriReadModels.COUNTRY_WEEKS);
        try {
            // a consulate's list is kept a moment (passerelle.common-view.nationals-cache)
            await().atMost(PATIENCE).untilAsserted(() -> {
                JsonNode page = consulate.get(list).json();
                assertThat(page.get("items").findValuesAsString("workerId")).containsOnlyOnce(stays, other, onlyThere);
                assertThat(itemOf(page, stays).get("status").asString()).isEqualTo("PRESENT");
            });
            JsonNode weeks = consulate.get("/api/views/consulates/" + country + "/weeks?year=" + season.year()).json();
            JsonNode week = weeks.findParents("week").stream()
                    .filter(w -> w.get("week").asString().equals(Keys.week(day))).findFirst().orElseThrow();
            assertThat(week.get("arrivals").asInt()).isEqualTo(3);
            JsonNode overview = as(tokens.mifi()).get("/api/views/mifi/overview?season=" + season.year()).json();
            assertThat(overview.get("presentByCountry").get(country).asInt()).isEqualTo(3);
            assertThat(overview.get("arrivalsPerWeekByCountry").get(Keys.week(day)).get(country).asInt()).isEqualTo(3);
        } finally {
            // a rebuild (another test here) leaves no document of an earlier version
            mongo.remove(Query.query(Criteria.where("_id").in(earlierBucket, earlierBucketOfOnlyThere)),
                    AgriReadModels.NATIONALS);
            mongo.remove(Query.query(Criteria.where("_id").is(earlierWeek)), AgriReadModels.COUNTRY_WEEKS);
        }
    }

    @Test
    void recruitmentFrancizationAndStudentsFeedMifisFiguresTheEmployersOffersAndThePersonsTimeline() {
        String mission = season.id("mis");
        String employer = season.id("emp");
        String offer = season.id("job");
        String candidate = season.id("cand");
        String enrolment = season.id("enr");
        String prospect = season.id("pros");
        String country = "CO";
        RecruitmentMissionScheduled m = EventFixtures.sample(RecruitmentMissionScheduled.class);
        season.post(new RecruitmentMissionScheduled(mission, m.name(), m.format(), country, m.city(), m.startDate(), m.endDate()));
        season.post(new EmployerJoinedMission(mission, employer, List.of(offer)));
        JobOfferPublished j = EventFixtures.sample(JobOfferPublished.class);
        season.post(new JobOfferPublished(offer, employer, j.title(), j.nocCode(), 3, j.region(), j.hourlyWageCad(), j.startDate()));
        String application = season.id("app");
        season.post(new CandidateApplied(application, candidate, offer, mission, "Luz", "Gómez", country, 1995));
        season.post(new CandidateApplied(season.id("app"), season.id("cand"), offer, mission, "Ana", "Ruiz", country, 1996));
        String employmentOffer = season.id("eo");
        season.post(new EmploymentOfferAccepted(employmentOffer, candidate, employer, offer, mission, "Luz", "Gómez",
                country, 1995, LocalDate.of(season.year(), 5, 1), 3));
        FrancizationEnrolled f = EventFixtures.sample(FrancizationEnrolled.class);
        season.post(new FrancizationEnrolled(enrolment, candidate, "Luz", "Gómez", country, 1995,
                EnrolmentSource.JOURNEES_QUEBEC, employmentOffer, f.channel(), 3));
        season.post(new FrancizationLevelAttained(enrolment, candidate, 5, LocalDate.of(season.year(), 7, 1)));
        season.post(new FrancizationLevelAttained(enrolment, candidate, 4, LocalDate.of(season.year(), 6, 1)));
        season.post(new StudentProspectRegistered(prospect, "Sofía", "Mejía", country, 2004, null));

        HttpTestClient mifi = as(tokens.mifi());
        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonNode figures = mifi.get("/api/views/mifi/programs").json();
            JsonNode funnel = figures.get("recruitmentByMission").get(mission);
            // not there until the projection has applied the mission's first application: wait, do not fail
            assertThat(funnel).as("the mission's funnel").isNotNull();
            assertThat(funnel.get("applications").asInt()).isEqualTo(2);
            assertThat(funnel.get("acceptedOffers").asInt()).isEqualTo(1);
            assertThat(funnel.get("employers").asInt()).isEqualTo(1);
            JsonNode steps = mifi.get("/api/views/people/" + candidate + "/timeline").json().get("steps");
            assertThat(steps.findValuesAsString("type")).contains("CandidateApplied", "EmploymentOfferAccepted",
                    "FrancizationEnrolled", "FrancizationLevelAttained");
        });
        JsonNode levels = mifi.get("/api/views/mifi/programs").json().get("francizationBySource").get("JOURNEES_QUEBEC");
        assertThat(levels.get("enrolments").asInt()).isPositive();
        assertThat(mifi.get("/api/views/mifi/programs").json().get("studentsByCountry").get(country).get("prospects").asInt())
                .isPositive();
        JsonNode jobOffer = as(tokens.employer(employer)).get("/api/views/employers/" + employer).json().get("jobOffers").get(0);
        assertThat(jobOffer.get("jobOfferId").asString()).isEqualTo(offer);
        assertThat(jobOffer.get("applications").asInt()).isEqualTo(2);
        assertThat(jobOffer.get("offersAccepted").asInt()).isEqualTo(1);
        // the consulate sees the whole timeline of its national; another consulate nothing
        assertThat(as(tokens.consulate(country)).get("/api/views/people/" + candidate + "/timeline").status()).isEqualTo(200);
        assertThat(as(tokens.consulate("MX")).get("/api/views/people/" + candidate + "/timeline").status()).isEqualTo(403);
        assertThat(mifi.get("/api/views/mifi/programs").status()).isEqualTo(200);
        assertThat(as(tokens.employer(employer)).get("/api/views/mifi/programs").status()).isEqualTo(403);
    }

    @Test
    void aRebuildFromOffsetZeroEndsInTheSameReadModels() throws Exception {
        String employer = season.id("emp");
        String unit = season.unit(employer, "MONTEREGIE");
        String failed = season.inspect(unit, employer, InspectionResult.NON_COMPLIANT, 2, LocalDate.of(season.year(), 6, 1));
        List<String> workers = new ArrayList<>();
        for (String country : List.of("GT", "GT", "MX")) {
            workers.add(season.arrive(country, employer, unit, LocalDate.of(season.year(), 4, 6)));
        }
        season.absent(workers.get(2), "MX", employer, unit, LocalDate.of(season.year(), 6, 2));
        String report = season.fileReport(workers.get(0), "GT", employer, unit);
        season.resolveReport(report, workers.get(0), "GT", employer);
        String alertId = qc.passerelle.commonview.alert.AlertIds.nonCompliant(unit, failed);
        HttpTestClient mifi = as(tokens.mifi());
        await().atMost(PATIENCE).until(() -> mifi.get("/api/views/alerts/" + alertId).status() == 200
                && mifi.get("/api/views/alerts/" + qc.passerelle.commonview.alert.AlertIds.missing(workers.get(2),
                season.year() + "-06-02")).status() == 200
                && mifi.get("/api/views/alerts/" + alertId).json().get("workers").size() == 3);
        Map<String, String> live = hashes();

        HttpTestClient.Response started = mifi.postJson("/api/views/rebuild", "{}");
        assertThat(started.status()).isEqualTo(202);
        await().atMost(PATIENCE).until(() -> "DONE".equals(mifi.get("/api/views/rebuild").json().get("state").asString()));
        assertThat(mifi.get("/api/views/rebuild").json().get("events").asLong()).isPositive();

        // every read model, document for document, as the live run left it (the live consumer may still be
        // applying what other tests post meanwhile, so the two are compared once both have settled)
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(hashes()).isEqualTo(live));
        assertThat(live).containsKeys("worker_views", "housing_views", "national_index", "alert_inbox");
        assertThat(mifi.get("/api/views/alerts/" + alertId).json().get("workers").size()).isEqualTo(3);
    }

    /** One hash per read model: its documents in {@code _id} order, each with its fields in name order. */
    Map<String, String> hashes() throws Exception {
        Map<String, String> hashes = new LinkedHashMap<>();
        for (String collection : readModels.collections()) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            Query all = new Query().with(org.springframework.data.domain.Sort.by("_id"));
            all.cursorBatchSize(1000);
            List<Document> docs = new ArrayList<>(mongo.find(all, Document.class, collection));
            docs.sort((a, b) -> String.valueOf(a.get("_id")).compareTo(String.valueOf(b.get("_id"))));
            for (Document doc : docs) {
                digest.update(canonical(doc).getBytes(StandardCharsets.UTF_8));
            }
            hashes.put(collection, docs.size() + ":" + java.util.HexFormat.of().formatHex(digest.digest()));
        }
        return hashes;
    }

    static String canonical(Object value) {
        if (value instanceof Map<?, ?> map) {
            StringBuilder out = new StringBuilder("{");
            new TreeMap<>(map).forEach((k, v) -> out.append(k).append('=').append(canonical(v)).append(';'));
            return out.append('}').toString();
        }
        if (value instanceof List<?> list) {
            // sets kept as arrays ($addToSet) may hold the same members in another order
            List<String> items = new ArrayList<>(list.stream().map(ReadModelScenarios::canonical).toList());
            items.sort(String::compareTo);
            return items.toString();
        }
        return String.valueOf(value);
    }

    static Map<String, Map<String, Integer>> counts(JsonNode node) {
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        node.propertyNames().forEach(name -> counts.put(name, count(node.get(name))));
        return counts;
    }

    static Map<String, Integer> count(JsonNode node) {
        Map<String, Integer> count = new TreeMap<>();
        node.propertyNames().forEach(name -> count.put(name, node.get(name).asInt()));
        return count;
    }

    static double round(double rate) {
        return Math.round(10000.0 * rate) / 10000.0;
    }

    static JsonNode itemOf(JsonNode page, String id) {
        return itemOf(page, id, "workerId");
    }

    static JsonNode itemOf(JsonNode page, String id, String field) {
        for (JsonNode item : page.get("items")) {
            if (item.get(field).asString().equals(id)) {
                return item;
            }
        }
        throw new AssertionError("no " + id + " in " + page);
    }
}
