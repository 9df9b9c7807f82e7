package qc.passerelle.francization;

import static qc.passerelle.testsupport.AccessMatrix.everyItem;
import static qc.passerelle.testsupport.AccessMatrix.field;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import qc.passerelle.testsupport.AccessMatrix;
import qc.passerelle.testsupport.EmbeddedInfrastructure;
import qc.passerelle.testsupport.HttpTestClient;
import qc.passerelle.testsupport.TestInfrastructure;

/**
 * Who may do what, one line per endpoint and caller: MIFI manages and records everything; anyone signed in lists the
 * access points; an employer sees and answers its own workers' and recruits' enrolments; a consulate sees its
 * nationals'; nobody else sees an enrolment.
 */
class FrancizationAccessTest extends FrancizationTestBase implements OnEmbeddedInfrastructure {

    @Override
    protected TestInfrastructure infrastructure() {
        return EmbeddedInfrastructure.get();
    }

    @Test
    void everyEndpointAnswersEachCallerAsTheAccessRulesSay() {
        String employer = "emp-" + UUID.randomUUID().toString().substring(0, 8);
        String offer = Events.id("offer");
        kafka.publish(Events.envelope(Events.offerAccepted(offer, Events.id("cand"), employer, "MX", 3), 1));
        String firstWorker = Events.id("wkr");
        String secondWorker = Events.id("wkr");
        kafka.publish(Events.envelope(Events.arrival(firstWorker, employer, "unit-0012"), 1));
        kafka.publish(Events.envelope(Events.arrival(secondWorker, employer, "unit-0012"), 1));
        String recruit = "enr-jq-" + offer;
        String accepted = "enr-agri-" + firstWorker;
        String declined = "enr-agri-" + secondWorker;
        awaitEnrolment(recruit);
        awaitEnrolment(accepted);
        awaitEnrolment(declined);
        String self = registered("GT", "ap-online-platform", 2, null);
        String program = "prog-" + UUID.randomUUID().toString().substring(0, 8);
        String classPoint = quebecClass("MONTEREGIE");
        String budget = """
                {"program": "%s", "programName": "Bourse", "year": 2027, "amountCad": 1000}""".formatted(program);
        String award = """
                {"program": "%s", "amountCad": 100, "accessPointId": "ap-online-platform",
                 "periodStart": "2027-01-01", "periodEnd": "2027-03-01"}""".formatted(program);
        String level = "{\"skill\": \"ORAL_PRODUCTION\", \"level\": 4, \"assessedOn\": \"" + java.time.LocalDate.now() + "\"}";
        String accessPoint = """
                {"kind": "PARTNER_SCHOOL", "name": "Colegio", "city": "Bogotá", "country": "CO"}""";
        String registration = registration("pers-" + UUID.randomUUID(), "HN", "ap-online-platform", 1, null);
        String noClaim = tokens.token("employer-without-id", List.of("EMPLOYER"), Map.of());

        AccessMatrix.on(HttpTestClient.onPort(port))
                // access points: MIFI manages them, anyone signed in lists them
                .post("/api/access-points", accessPoint, null, 401)
                .post("/api/access-points", accessPoint, tokens.employer(employer), 403)
                .post("/api/access-points", accessPoint, tokens.consulate("CO"), 403)
                .post("/api/access-points", accessPoint, tokens.mifi(), 201)
                .get("/api/access-points", null, 401)
                .get("/api/access-points", tokens.employer(employer), 200)
                .get("/api/access-points", tokens.consulate("MX"), 200)
                .get("/api/access-points", tokens.inspector(), 200)
                .get("/api/access-points", tokens.institution("inst-1"), 200)
                .get("/api/access-points", tokens.candidate("cand-1"), 200)
                .get("/api/access-points?kind=QUEBEC_CLASS&region=MONTEREGIE", tokens.recruiter(), 200,
                        "classes of Montérégie only", everyItem(field("region", "MONTEREGIE")))
                .get("/api/access-points/" + classPoint, tokens.candidate("cand-1"), 200)
                .get("/api/access-points/ap-nowhere", tokens.mifi(), 404)
                .get("/api/access-points/" + classPoint, null, 401)
                // enrolments: MIFI registers; employers and consulates read within their scope
                .post("/api/enrolments", registration, null, 401)
                .post("/api/enrolments", registration, tokens.employer(employer), 403)
                .post("/api/enrolments", registration, tokens.consulate("HN"), 403)
                .post("/api/enrolments", registration, tokens.mifi(), 201)
                .get("/api/enrolments", null, 401)
                .get("/api/enrolments", tokens.inspector(), 403)
                .get("/api/enrolments", tokens.institution("inst-1"), 403)
                .get("/api/enrolments", tokens.candidate("cand-1"), 403)
                .get("/api/enrolments", noClaim, 403)
                .get("/api/enrolments", tokens.employer(employer), 200, "only its own workers and recruits",
                        everyItem(field("employerId", employer)))
                .get("/api/enrolments?citizenship=MX", tokens.consulate("GT"), 200, "no Mexican",
                        page -> page.get("totalItems").asInt() == 0)
                .get("/api/enrolments", tokens.consulate("GT"), 200, "only Guatemalans", everyItem(field("citizenship", "GT")))
                .get("/api/enrolments?source=JOURNEES_QUEBEC", tokens.mifi(), 200, "only recruits",
                        everyItem(field("source", "JOURNEES_QUEBEC")))
                .get("/api/enrolments/" + recruit, tokens.employer(employer), 200)
                .get("/api/enrolments/" + recruit, tokens.employer("emp-other"), 404)
                .get("/api/enrolments/" + recruit, tokens.consulate("MX"), 200)
                .get("/api/enrolments/" + recruit, tokens.consulate("GT"), 404)
                .get("/api/enrolments/" + self, tokens.employer(employer), 404)
                .get("/api/enrolments/" + self, tokens.inspector(), 403)
                .get("/api/enrolments/" + self, null, 401)
                // offers of classes to agricultural workers: their employer or MIFI answers
                .post("/api/enrolments/" + accepted + "/acceptances", "{}", tokens.consulate("GT"), 403)
                .post("/api/enrolments/" + accepted + "/acceptances", "{}", tokens.employer("emp-other"), 404)
                .post("/api/enrolments/" + accepted + "/acceptances", "{\"accessPointId\": \"" + classPoint + "\"}",
                        tokens.employer(employer), 201)
                .post("/api/enrolments/" + declined + "/declines", "{}", tokens.consulate("GT"), 403)
                .post("/api/enrolments/" + declined + "/declines", "{}", tokens.employer("emp-other"), 404)
                .post("/api/enrolments/" + declined + "/declines", "{\"note\": \"already speaks French\"}",
                        tokens.employer(employer), 201)
                // levels, abandonments and scholarships: MIFI (there is no teacher role)
                .post("/api/enrolments/" + self + "/levels", level, tokens.employer(employer), 403)
                .post("/api/enrolments/" + self + "/levels", level, tokens.consulate("GT"), 403)
                .post("/api/enrolments/" + self + "/levels", level, tokens.institution("inst-1"), 403)
                .post("/api/enrolments/" + self + "/levels", level, tokens.mifi(), 201)
                .post("/api/scholarship-budgets", budget, tokens.employer(employer), 403)
                .post("/api/scholarship-budgets", budget, tokens.mifi(), 201)
                .get("/api/scholarship-budgets", tokens.consulate("GT"), 403)
                .get("/api/scholarship-budgets", tokens.mifi(), 200)
                .post("/api/enrolments/" + self + "/scholarships", award, tokens.employer(employer), 403)
                .post("/api/enrolments/" + self + "/scholarships", award, tokens.consulate("GT"), 403)
                .post("/api/enrolments/" + self + "/scholarships", award, tokens.mifi(), 201)
                .post("/api/enrolments/" + self + "/abandonments", "{\"reason\": \"OTHER\"}", tokens.employer(employer), 403)
                .post("/api/enrolments/" + self + "/abandonments", "{\"reason\": \"OTHER\"}", tokens.consulate("GT"), 403)
                .post("/api/enrolments/" + self + "/abandonments", "{\"reason\": \"OTHER\"}", tokens.mifi(), 201)
                .get("/api/levels/distribution", tokens.employer(employer), 403)
                .get("/api/levels/distribution", tokens.consulate("GT"), 403)
                .get("/api/levels/distribution", null, 401)
                .get("/api/levels/distribution", tokens.mifi(), 200)
                // the library's endpoints: MIFI's
                .get("/actuator/deadletters", tokens.employer(employer), 403)
                .get("/actuator/deadletters", tokens.mifi(), 200)
                .post("/actuator/deadletters", "{}", tokens.consulate("GT"), 403)
                .get("/api/audit", tokens.consulate("GT"), 403)
                .get("/api/audit", tokens.mifi(), 200)
                .verify();
    }

    @Test
    void tokensThatAreNotOursAreRefused() {
        AccessMatrix.on(HttpTestClient.onPort(port))
                .get("/api/access-points", tokens.mifiSignedByAnotherKey(), 401)
                .get("/api/access-points", tokens.mifiFromAnotherIssuer(), 401)
                .get("/api/access-points", tokens.mifiForAnotherAudience(), 401)
                .get("/api/access-points", tokens.expiredMifi(), 401)
                .verify();
    }
}
