package qc.passerelle.recruiting.access;

import static qc.passerelle.recruiting.Journey.created;
import static qc.passerelle.testsupport.AccessMatrix.everyItem;
import static qc.passerelle.testsupport.AccessMatrix.field;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import qc.passerelle.recruiting.Journey;
import qc.passerelle.recruiting.OnEmbeddedInfrastructure;
import qc.passerelle.testsupport.AccessMatrix;
import qc.passerelle.testsupport.TestIdentityProvider;

/**
 * Who may do what in recruiting, one line per endpoint and caller: MIFI and recruiters everything, an employer its
 * own record, offers and the applications to them, a candidate their own applications, offers and file; consulates,
 * inspectors and institutions nothing here.
 */
@Order(20)
class RecruitingAccessTest implements OnEmbeddedInfrastructure {

    static final TestIdentityProvider tokens = TestIdentityProvider.get();

    @LocalServerPort
    int port;

    Journey journey;
    String a;
    String b;
    String jobA;
    String closedJob;
    List<String> toClose;
    String mission;
    String c1;
    String c2;
    String c3;
    String c4;
    String c5;
    String c6;
    String app1;
    String app2;
    String app3;
    String app4;
    String offer1;
    String offer5;

    String mifi = tokens.mifi();
    String recruiter = tokens.recruiter();
    String consulate = tokens.consulate("CO");
    String inspector = tokens.inspector();
    String institution = tokens.institution("cegep-1");
    String employerWithoutClaim = tokens.token("employer-nobody", List.of("EMPLOYER"), Map.of());

    @BeforeEach
    void recruitment() {
        journey = new Journey(port);
        a = journey.registeredEmployer(false);
        b = journey.registeredEmployer(false);
        jobA = journey.publishedOffer(a, "85100", 4, false, "[]");
        closedJob = journey.publishedOffer(a, "85100", 4, false, "[]");
        toClose = List.of(journey.publishedOffer(a, "85100", 4, false, "[]"),
                journey.publishedOffer(a, "85100", 4, false, "[]"), journey.publishedOffer(a, "85100", 4, false, "[]"));
        mission = journey.openMissionWith(a, jobA, closedJob);
        created(journey.post(mifi, "/api/job-offers/" + closedJob + "/closures", "{\"reason\": \"CANCELLED\"}"));
        c1 = journey.registeredCandidate("CO", "85100", 5, 5);
        c2 = journey.registeredCandidate("MX", "85100", 5, 5);
        c3 = journey.registeredCandidate("BR", "85100", 5, 5);
        c4 = journey.registeredCandidate("BR", "85100", 5, 5);
        c5 = journey.registeredCandidate("BR", "85100", 5, 5);
        c6 = journey.registeredCandidate("BR", "85100", 5, 5);
        app1 = journey.appliedAndInterviewed(c1, mission, jobA, a);
        offer1 = journey.extendedOffer(app1, a);
        app2 = created(journey.apply(c2, mission, jobA)).get("applicationId").asString();
        app3 = created(journey.apply(c3, mission, jobA)).get("applicationId").asString();
        created(journey.post(mifi, "/api/applications/" + app3 + "/preselections", "{}"));
        app4 = journey.appliedAndInterviewed(c4, mission, jobA, a);
        offer5 = journey.extendedOffer(journey.appliedAndInterviewed(c5, mission, jobA, a), a);
        String offer6 = journey.extendedOffer(journey.appliedAndInterviewed(c6, mission, jobA, a), a);
        created(journey.post(tokens.candidate(c6), "/api/employment-offers/" + offer6 + "/acceptances", "{}"));
    }

    @Test
    void employersOffersAndMissions() {
        String employer = Journey.employerJson("Ferme de la matrice", Journey.neq(), false);
        String details = "{\"contactEmail\": \"rh@a.qc.ca\", \"needsLmia\": false}";
        String offerOfA = Journey.jobOfferJson(a, "85100", 4, false, "[]");
        Instant now = Instant.now();
        String newMission = Journey.missionJson("Mission de la matrice", now, now.plus(1, ChronoUnit.DAYS));
        String close = "{\"reason\": \"FILLED\"}";
        String join = "{\"employerId\": \"%s\", \"jobOfferIds\": [\"%s\"]}";

        AccessMatrix.on(journey.http())
                .post("/api/employers", employer, null, 401)
                .post("/api/employers", employer, tokens.employer(a), 403)
                .post("/api/employers", employer, tokens.candidate(c1), 403)
                .post("/api/employers", employer, consulate, 403)
                .post("/api/employers", employer, inspector, 403)
                .post("/api/employers", employer, institution, 403)
                .post("/api/employers", Journey.employerJson("Ferme MIFI", Journey.neq(), false), mifi, 201)
                .post("/api/employers", Journey.employerJson("Ferme JQ", Journey.neq(), false), recruiter, 201)
                .get("/api/employers", mifi, 200)
                .get("/api/employers", recruiter, 200)
                .get("/api/employers", tokens.employer(a), 200, "only its own", everyItem(field("employerId", a)))
                .get("/api/employers", tokens.candidate(c1), 403)
                .get("/api/employers", consulate, 403)
                .get("/api/employers", null, 401)
                .get("/api/employers/" + a, mifi, 200)
                .get("/api/employers/" + a, recruiter, 200)
                .get("/api/employers/" + a, tokens.employer(a), 200)
                .get("/api/employers/" + a, tokens.employer(b), 404)
                .get("/api/employers/" + a, tokens.candidate(c1), 403)
                .get("/api/employers/" + a, inspector, 403)
                .post("/api/employers/" + a + "/details", details, tokens.employer(b), 404)
                .post("/api/employers/" + a + "/details", details, tokens.candidate(c1), 403)
                .post("/api/employers/" + a + "/details", details, consulate, 403)
                .post("/api/employers/" + a + "/details", details, tokens.employer(a), 200)
                .post("/api/employers/" + a + "/details", details, mifi, 200)
                .post("/api/employers/" + a + "/details", details, recruiter, 200)
                .post("/api/job-offers", offerOfA, null, 401)
                .post("/api/job-offers", offerOfA, tokens.employer(b), 403)
                .post("/api/job-offers", offerOfA, tokens.candidate(c1), 403)
                .post("/api/job-offers", offerOfA, institution, 403)
                .post("/api/job-offers", offerOfA, tokens.employer(a), 201)
                .post("/api/job-offers", offerOfA, mifi, 201)
                .post("/api/job-offers", offerOfA, recruiter, 201)
                .post("/api/job-offers/" + toClose.get(0) + "/closures", close, tokens.employer(b), 404)
                .post("/api/job-offers/" + toClose.get(0) + "/closures", close, tokens.candidate(c1), 403)
                .post("/api/job-offers/" + toClose.get(0) + "/closures", close, consulate, 403)
                .post("/api/job-offers/" + toClose.get(0) + "/closures", close, tokens.employer(a), 201)
                .post("/api/job-offers/" + toClose.get(1) + "/closures", close, mifi, 201)
                .post("/api/job-offers/" + toClose.get(2) + "/closures", close, recruiter, 201)
                .get("/api/job-offers/" + jobA, mifi, 200)
                .get("/api/job-offers/" + jobA, recruiter, 200)
                .get("/api/job-offers/" + jobA, tokens.employer(a), 200)
                .get("/api/job-offers/" + jobA, tokens.employer(b), 404)
                .get("/api/job-offers/" + jobA, tokens.candidate(c2), 200)
                .get("/api/job-offers/" + closedJob, tokens.candidate(c2), 404)
                .get("/api/job-offers/" + jobA, consulate, 403)
                .get("/api/job-offers?missionId=" + mission, mifi, 200, "both offers", page -> page.get("totalItems").asInt() == 2)
                .get("/api/job-offers?missionId=" + mission, tokens.candidate(c1), 200, "the open one only",
                        page -> page.get("totalItems").asInt() == 1 && page.get("items").get(0).get("jobOfferId").asString().equals(jobA))
                .get("/api/job-offers?missionId=" + mission, tokens.employer(b), 200, "none of A's", page -> page.get("totalItems").asInt() == 0)
                .get("/api/job-offers", inspector, 403)
                .post("/api/missions", newMission, null, 401)
                .post("/api/missions", newMission, tokens.employer(a), 403)
                .post("/api/missions", newMission, tokens.candidate(c1), 403)
                .post("/api/missions", newMission, consulate, 403)
                .post("/api/missions", newMission, mifi, 201)
                .post("/api/missions", newMission, recruiter, 201)
                .post("/api/missions/" + mission + "/participations", join.formatted(a, jobA), tokens.employer(b), 403)
                .post("/api/missions/" + mission + "/participations", join.formatted(b, jobA), tokens.employer(b), 409)
                .post("/api/missions/" + mission + "/participations", join.formatted(a, jobA), tokens.candidate(c1), 403)
                .post("/api/missions/" + mission + "/participations", join.formatted(a, jobA), inspector, 403)
                .post("/api/missions/" + mission + "/participations", join.formatted(a, jobA), tokens.employer(a), 201)
                .post("/api/missions/" + mission + "/participations", join.formatted(a, jobA), recruiter, 201)
                .get("/api/missions/" + mission, mifi, 200)
                .get("/api/missions/" + mission, recruiter, 200)
                .get("/api/missions/" + mission, tokens.employer(b), 200)
                .get("/api/missions/" + mission, tokens.candidate(c1), 200)
                .get("/api/missions/" + mission, consulate, 403)
                .get("/api/missions/" + mission, inspector, 403)
                .get("/api/missions/" + mission, institution, 403)
                .get("/api/missions/" + mission, null, 401)
                .get("/api/missions", tokens.candidate(c1), 200)
                .get("/api/missions", consulate, 403)
                .get("/api/missions", employerWithoutClaim, 403)
                .verify();
    }

    @Test
    void candidatesApplicationsAndInterviews() {
        String candidate = Journey.candidateJson("Nueva", "CO", "85100", 2, 3);
        String application = "{\"missionId\": \"%s\", \"jobOfferId\": \"%s\"}".formatted(mission, jobA);
        String interview = "{\"scheduledAt\": \"%s\", \"mode\": \"IN_PERSON\", \"place\": \"Hotel Tequendama, Bogotá\"}"
                .formatted(Instant.now().plus(2, ChronoUnit.DAYS));
        String applications = "/api/job-offers/" + jobA + "/applications";

        AccessMatrix.on(journey.http())
                .post("/api/candidates", candidate, null, 401)
                .post("/api/candidates", candidate, mifi, 403)
                .post("/api/candidates", candidate, recruiter, 403)
                .post("/api/candidates", candidate, tokens.employer(a), 403)
                .post("/api/candidates", candidate, consulate, 403)
                .post("/api/candidates", candidate, tokens.candidate(Journey.candidateId()), 201)
                .get("/api/candidates/" + c1, mifi, 200)
                .get("/api/candidates/" + c1, recruiter, 200)
                .get("/api/candidates/" + c1, tokens.candidate(c1), 200)
                .get("/api/candidates/" + c1, tokens.candidate(c2), 404)
                .get("/api/candidates/" + c1, tokens.employer(a), 403)
                .get("/api/candidates/" + c1, consulate, 403)
                .get("/api/candidates/" + c1 + "/applications", mifi, 200)
                .get("/api/candidates/" + c1 + "/applications", recruiter, 200)
                .get("/api/candidates/" + c1 + "/applications", tokens.candidate(c1), 200, "only their own",
                        everyItem(field("candidateId", c1)))
                .get("/api/candidates/" + c1 + "/applications", tokens.candidate(c2), 403)
                .get("/api/candidates/" + c1 + "/applications", tokens.employer(a), 403)
                .get("/api/candidates/" + c1 + "/applications", institution, 403)
                .post("/api/applications", application, null, 401)
                .post("/api/applications", application, mifi, 403)
                .post("/api/applications", application, recruiter, 403)
                .post("/api/applications", application, tokens.employer(a), 403)
                .post("/api/applications", application, consulate, 403)
                .post("/api/applications", application, tokens.candidate(c1), 200)
                .get("/api/applications/" + app1, mifi, 200)
                .get("/api/applications/" + app1, recruiter, 200)
                .get("/api/applications/" + app1, tokens.employer(a), 200)
                .get("/api/applications/" + app1, tokens.candidate(c1), 200)
                .get("/api/applications/" + app1, tokens.employer(b), 404)
                .get("/api/applications/" + app1, tokens.candidate(c2), 404)
                .get("/api/applications/" + app1, consulate, 403)
                .get("/api/applications/" + app1, null, 401)
                .get(applications, mifi, 200)
                .get(applications, recruiter, 200)
                .get(applications, tokens.employer(a), 200, "the applications to its offer", everyItem(field("jobOfferId", jobA)))
                .get(applications, tokens.employer(b), 404)
                .get(applications, tokens.candidate(c1), 403)
                .get(applications, inspector, 403)
                .post("/api/applications/" + app2 + "/preselections", "{}", tokens.employer(b), 404)
                .post("/api/applications/" + app2 + "/preselections", "{}", tokens.candidate(c2), 403)
                .post("/api/applications/" + app2 + "/preselections", "{}", consulate, 403)
                .post("/api/applications/" + app2 + "/preselections", "{}", tokens.employer(a), 201)
                .post("/api/applications/" + app2 + "/preselections", "{}", mifi, 201)
                .post("/api/applications/" + app2 + "/preselections", "{}", recruiter, 201)
                .post("/api/applications/" + app3 + "/interviews", interview, tokens.employer(b), 404)
                .post("/api/applications/" + app3 + "/interviews", interview, tokens.candidate(c3), 403)
                .post("/api/applications/" + app3 + "/interviews", interview, consulate, 403)
                .post("/api/applications/" + app3 + "/interviews", interview, tokens.employer(a), 201)
                .post("/api/applications/" + app3 + "/interviews", interview, recruiter, 201)
                .verify();
    }

    @Test
    void employmentOffersImmigrationFilesAndFunnels() {
        String extend = Journey.extendJson();
        String step = "{\"step\": \"CAQ\", \"outcome\": \"REQUESTED\", \"on\": \"%s\"}".formatted(LocalDate.now());
        String arrival = "{\"arrivedOn\": \"%s\"}".formatted(LocalDate.now());
        String file = "/api/immigration-files/" + c6;

        AccessMatrix.on(journey.http())
                .post("/api/applications/" + app4 + "/employment-offers", extend, tokens.employer(b), 404)
                .post("/api/applications/" + app4 + "/employment-offers", extend, tokens.candidate(c4), 403)
                .post("/api/applications/" + app4 + "/employment-offers", extend, institution, 403)
                .post("/api/applications/" + app4 + "/employment-offers", extend, tokens.employer(a), 201)
                .post("/api/applications/" + app4 + "/employment-offers", extend, recruiter, 200)
                .get("/api/employment-offers/" + offer1, mifi, 200)
                .get("/api/employment-offers/" + offer1, recruiter, 200)
                .get("/api/employment-offers/" + offer1, tokens.employer(a), 200)
                .get("/api/employment-offers/" + offer1, tokens.candidate(c1), 200)
                .get("/api/employment-offers/" + offer1, tokens.employer(b), 404)
                .get("/api/employment-offers/" + offer1, tokens.candidate(c2), 404)
                .get("/api/employment-offers/" + offer1, consulate, 403)
                .get("/api/employment-offers", mifi, 200)
                .get("/api/employment-offers", tokens.employer(a), 200, "its own", everyItem(field("employerId", a)))
                .get("/api/employment-offers", tokens.candidate(c1), 200, "their own", everyItem(field("candidateId", c1)))
                .get("/api/employment-offers", inspector, 403)
                .post("/api/employment-offers/" + offer1 + "/acceptances", "{}", tokens.candidate(c2), 404)
                .post("/api/employment-offers/" + offer1 + "/acceptances", "{}", tokens.employer(a), 403)
                .post("/api/employment-offers/" + offer1 + "/acceptances", "{}", consulate, 403)
                .post("/api/employment-offers/" + offer1 + "/acceptances", "{}", null, 401)
                .post("/api/employment-offers/" + offer1 + "/acceptances", "{}", tokens.candidate(c1), 201)
                .post("/api/employment-offers/" + offer5 + "/declines", "{}", tokens.candidate(c1), 404)
                .post("/api/employment-offers/" + offer5 + "/declines", "{}", tokens.employer(a), 403)
                .post("/api/employment-offers/" + offer5 + "/declines", "{}", inspector, 403)
                .post("/api/employment-offers/" + offer5 + "/declines", "{}", tokens.candidate(c5), 201)
                .post("/api/employment-offers/" + offer5 + "/declines", "{}", recruiter, 201)
                .get(file, mifi, 200)
                .get(file, recruiter, 200)
                .get(file, tokens.employer(a), 200)
                .get(file, tokens.candidate(c6), 200)
                .get(file, tokens.employer(b), 404)
                .get(file, tokens.candidate(c1), 404)
                .get(file, consulate, 403)
                .get("/api/immigration-files/" + c2, mifi, 404)
                .post(file + "/steps", step, tokens.employer(b), 404)
                .post(file + "/steps", step, tokens.candidate(c6), 403)
                .post(file + "/steps", step, inspector, 403)
                .post(file + "/steps", step, tokens.employer(a), 201)
                .post(file + "/arrivals", arrival, tokens.employer(b), 404)
                .post(file + "/arrivals", arrival, tokens.candidate(c6), 403)
                .post(file + "/arrivals", arrival, consulate, 403)
                .post(file + "/arrivals", arrival, mifi, 409)
                .get("/api/funnel/missions/" + mission, mifi, 200)
                .get("/api/funnel/missions/" + mission, recruiter, 200)
                .get("/api/funnel/missions/" + mission, tokens.employer(a), 200, "its offer's line",
                        report -> report.get("rows").get("items").valueStream().allMatch(r -> r.get("employerId").asString().equals(a))
                                && report.get("totals").get("applied").asInt() > 0)
                .get("/api/funnel/missions/" + mission, tokens.employer(b), 200, "nothing of A's",
                        report -> report.get("totals").get("applied").asInt() == 0)
                .get("/api/funnel/missions/" + mission, tokens.candidate(c1), 403)
                .get("/api/funnel/missions/" + mission, consulate, 403)
                .get("/api/funnel/missions/" + mission + "/export.csv", mifi, 200)
                .get("/api/funnel/missions/" + mission + "/export.csv", recruiter, 403)
                .get("/api/funnel/missions/" + mission + "/export.csv", tokens.employer(a), 403)
                .get("/api/funnel/missions/" + mission + "/export.csv", tokens.candidate(c1), 403)
                .get("/api/funnel/employers/" + a, mifi, 200)
                .get("/api/funnel/employers/" + a, recruiter, 200)
                .get("/api/funnel/employers/" + a, tokens.employer(a), 200)
                .get("/api/funnel/employers/" + a, tokens.employer(b), 403)
                .get("/api/funnel/employers/" + a, tokens.candidate(c1), 403)
                .get("/api/funnel/job-offers/" + jobA, mifi, 200)
                .get("/api/funnel/job-offers/" + jobA, tokens.employer(a), 200)
                .get("/api/funnel/job-offers/" + jobA, tokens.employer(b), 404)
                .get("/api/funnel/job-offers/" + jobA, tokens.candidate(c1), 403)
                .get("/api/funnel/candidates/" + c1, mifi, 200)
                .get("/api/funnel/candidates/" + c1, recruiter, 200)
                .get("/api/funnel/candidates/" + c1, tokens.candidate(c1), 200, "their application",
                        report -> report.get("totals").get("applied").asInt() == 1)
                .get("/api/funnel/candidates/" + c1, tokens.candidate(c2), 403)
                .get("/api/funnel/candidates/" + c1, tokens.employer(a), 403)
                .get("/api/audit", tokens.employer(a), 403)
                .get("/api/audit", mifi, 200)
                .verify();
    }

    @Test
    void badTokensAreRefused() {
        AccessMatrix.on(journey.http())
                .get("/api/missions", tokens.mifiSignedByAnotherKey(), 401)
                .get("/api/missions", tokens.mifiFromAnotherIssuer(), 401)
                .get("/api/missions", tokens.mifiForAnotherAudience(), 401)
                .get("/api/missions", tokens.expiredMifi(), 401)
                .verify();
    }
}
