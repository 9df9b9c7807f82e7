package qc.passerelle.students.access;

import static org.assertj.core.api.Assertions.assertThat;
import static qc.passerelle.students.StudentFixtures.applicationJson;
import static qc.passerelle.students.StudentFixtures.arrivalJson;
import static qc.passerelle.students.StudentFixtures.caqJson;
import static qc.passerelle.students.StudentFixtures.created;
import static qc.passerelle.students.StudentFixtures.decisionJson;
import static qc.passerelle.students.StudentFixtures.eventJson;
import static qc.passerelle.students.StudentFixtures.institutionJson;
import static qc.passerelle.students.StudentFixtures.permitJson;
import static qc.passerelle.students.StudentFixtures.programJson;
import static qc.passerelle.students.StudentFixtures.prospectJson;
import static qc.passerelle.students.StudentFixtures.tokens;
import static qc.passerelle.students.StudentFixtures.unique;
import static qc.passerelle.testsupport.AccessMatrix.everyItem;
import static qc.passerelle.testsupport.AccessMatrix.field;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import qc.passerelle.students.StudentFixtures;
import qc.passerelle.testsupport.AccessMatrix;
import qc.passerelle.testsupport.EmbeddedInfrastructure;
import qc.passerelle.testsupport.HttpTestClient;
import tools.jackson.databind.JsonNode;

/**
 * Who may do and read what, one line per endpoint and caller: MIFI everything, an institution its own programs and the
 * prospects and applications that concern it (another institution's applicant is unknown to it: 404), a consulate
 * counts of its nationals and nothing else.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StudentAccessTest {

    private static final Set<String> COUNTS = Set.of("key", "label", "prospects", "applicants", "applications",
            "admitted", "admissions", "withCaq", "withStudyPermit", "arrived");

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.get().register(registry, "student-attraction-access");
    }

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    StudentFixtures steps;
    String a;
    String b;
    String programA;
    String programB;
    String eventA;
    /** A Mexican who applied to A, a Guatemalan who applied to B, a Mexican who applied nowhere yet. */
    String prospectA;
    String prospectB;
    String prospectC;
    String applicationA;
    String applicationB;

    @BeforeEach
    void twoInstitutionsEachWithAnApplicant() {
        steps = new StudentFixtures(port);
        a = steps.institution(unique("inst-a"));
        b = steps.institution(unique("inst-b"));
        programA = steps.program(a, true);
        programB = steps.program(b, false);
        eventA = steps.event(a);
        prospectA = steps.prospect("MX", eventA);
        prospectB = steps.prospect("GT", null);
        prospectC = steps.prospect("MX", eventA);
        applicationA = steps.application(a, prospectA, programA);
        applicationB = steps.application(b, prospectB, programB);
    }

    private AccessMatrix matrix() {
        return AccessMatrix.on(HttpTestClient.onPort(port));
    }

    @Test
    void institutionsProgramsAndPromotionEvents() {
        String institution = institutionJson(unique("inst-new"));
        matrix()
                .post("/api/institutions", institution, null, 401)
                .post("/api/institutions", institution, tokens.institution(a), 403)
                .post("/api/institutions", institution, tokens.consulate("MX"), 403)
                .post("/api/institutions", institution, tokens.mifi(), 201)
                .get("/api/institutions", tokens.mifi(), 200)
                .get("/api/institutions", tokens.institution(a), 200, "itself only", everyItem(field("institutionId", a)))
                .get("/api/institutions", tokens.consulate("MX"), 403)
                .get("/api/institutions", null, 401)
                .get("/api/institutions/" + b, tokens.institution(a), 404)
                .get("/api/institutions/" + b, tokens.institution(b), 200)
                .get("/api/institutions/" + b, tokens.mifi(), 200)
                .get("/api/institutions/" + b, tokens.consulate("GT"), 403)
                .post("/api/programs", programJson(true), tokens.institution(a), 201)
                .post("/api/programs", programJson(true), tokens.mifi(), 403)
                .post("/api/programs", programJson(true), tokens.consulate("MX"), 403)
                .post("/api/programs", programJson(true), null, 401)
                .post("/api/programs", programJson(true), tokens.institution("inst-not-registered"), 409)
                .get("/api/programs", tokens.institution(a), 200, "its own only", everyItem(field("institutionId", a)))
                .get("/api/programs", tokens.mifi(), 200)
                .get("/api/programs", tokens.consulate("MX"), 403)
                .get("/api/programs?level=PHD", tokens.mifi(), 400)
                .get("/api/programs/" + programB, tokens.institution(a), 404)
                .get("/api/programs/" + programB, tokens.institution(b), 200)
                .get("/api/programs/" + programB, tokens.mifi(), 200)
                .get("/api/programs/" + programB, tokens.consulate("GT"), 403)
                .post("/api/promotion-events", eventJson(a), tokens.mifi(), 201)
                .post("/api/promotion-events", eventJson(a, b), tokens.institution(a), 201)
                .post("/api/promotion-events", eventJson(b), tokens.institution(a), 403)
                .post("/api/promotion-events", eventJson(a), tokens.consulate("CO"), 403)
                .post("/api/promotion-events", eventJson(a), null, 401)
                .get("/api/promotion-events", tokens.institution(b), 200, "not A's own event", page -> !ids(page, "promotionEventId").contains(eventA))
                .get("/api/promotion-events", tokens.institution(a), 200, "those A takes part in", page -> ids(page, "promotionEventId").contains(eventA))
                .get("/api/promotion-events", tokens.mifi(), 200)
                .get("/api/promotion-events", tokens.consulate("CO"), 403)
                .get("/api/promotion-events/" + eventA, tokens.institution(b), 404)
                .get("/api/promotion-events/" + eventA, tokens.institution(a), 200)
                .get("/api/promotion-events/" + eventA, tokens.mifi(), 200)
                .get("/api/promotion-events/" + eventA, tokens.consulate("CO"), 403)
                .verify();
    }

    @Test
    void prospectsAndTheStepsOfTheirFile() {
        String prospect = prospectJson("MX", null);
        matrix()
                .post("/api/prospects", prospect, tokens.mifi(), 201)
                .post("/api/prospects", prospect, tokens.institution(a), 201)
                .post("/api/prospects", prospect, tokens.consulate("MX"), 403)
                .post("/api/prospects", prospect, tokens.employer("emp-1"), 403)
                .post("/api/prospects", prospect, null, 401)
                .get("/api/prospects", tokens.institution(a), 200, "A's applicant, not B's",
                        page -> ids(page, "prospectId").contains(prospectA) && !ids(page, "prospectId").contains(prospectB))
                .get("/api/prospects", tokens.mifi(), 200)
                .get("/api/prospects", tokens.consulate("GT"), 403)
                .get("/api/prospects", null, 401)
                .get("/api/prospects/export.csv", tokens.mifi(), 200)
                .get("/api/prospects/export.csv", tokens.institution(a), 403)
                .get("/api/prospects/export.csv", tokens.consulate("MX"), 403)
                .get("/api/prospects/" + prospectB, tokens.institution(a), 404)
                .get("/api/prospects/" + prospectC, tokens.institution(a), 404)
                .get("/api/prospects/" + prospectB, tokens.institution(b), 200)
                .get("/api/prospects/" + prospectB, tokens.mifi(), 200)
                .get("/api/prospects/" + prospectB, tokens.consulate("GT"), 403)
                .post("/api/prospects/" + prospectA + "/caq", caqJson(applicationA), tokens.institution(a), 403)
                .post("/api/prospects/" + prospectA + "/caq", caqJson(applicationA), tokens.consulate("MX"), 403)
                .post("/api/prospects/" + prospectA + "/caq", caqJson(applicationA), tokens.mifi(), 409)
                .post("/api/prospects/" + prospectA + "/study-permit", permitJson(), tokens.institution(a), 403)
                .post("/api/prospects/" + prospectA + "/study-permit", permitJson(), tokens.mifi(), 409)
                .post("/api/prospects/" + prospectB + "/arrival", arrivalJson(), tokens.institution(a), 404)
                .post("/api/prospects/" + prospectB + "/arrival", arrivalJson(), tokens.institution(b), 409)
                .post("/api/prospects/" + prospectB + "/arrival", arrivalJson(), tokens.consulate("GT"), 403)
                .post("/api/prospects/" + prospectB + "/arrival", arrivalJson(), null, 401)
                .verify();
        assertThat(mongo.getCollection("audit_entries").countDocuments(new Document("subject", "institution-" + b)
                .append("action", "prospect detail").append("personIds", prospectB))).isEqualTo(1);
    }

    @Test
    void applicationsAndAdmissionDecisions() {
        matrix()
                .post("/api/applications", applicationJson(prospectC, programB), tokens.institution(a), 400)
                .post("/api/applications", applicationJson(prospectC, programB), tokens.consulate("MX"), 403)
                .post("/api/applications", applicationJson(prospectC, programB), null, 401)
                .post("/api/applications", applicationJson(prospectC, programB), tokens.mifi(), 201)
                .get("/api/applications", tokens.institution(a), 200, "to its programs only", everyItem(field("institutionId", a)))
                .get("/api/applications", tokens.mifi(), 200)
                .get("/api/applications", tokens.consulate("GT"), 403)
                .get("/api/applications?status=MAYBE", tokens.mifi(), 400)
                .get("/api/applications/export.csv", tokens.mifi(), 200)
                .get("/api/applications/export.csv", tokens.institution(a), 403)
                .get("/api/applications/export.csv", tokens.consulate("GT"), 403)
                .get("/api/applications/" + applicationB, tokens.institution(a), 404)
                .get("/api/applications/" + applicationB, tokens.institution(b), 200)
                .get("/api/applications/" + applicationB, tokens.mifi(), 200)
                .get("/api/applications/" + applicationB, tokens.consulate("GT"), 403)
                .post("/api/applications/" + applicationB + "/decision", decisionJson("GRANTED"), tokens.institution(a), 404)
                .post("/api/applications/" + applicationB + "/decision", decisionJson("GRANTED"), tokens.mifi(), 403)
                .post("/api/applications/" + applicationB + "/decision", decisionJson("GRANTED"), tokens.consulate("GT"), 403)
                .post("/api/applications/" + applicationB + "/decision", decisionJson("GRANTED"), null, 401)
                .post("/api/applications/" + applicationB + "/decision", decisionJson("GRANTED"), tokens.institution(b), 201)
                .verify();
    }

    @Test
    void funnelsAreCountsOnlyWithinTheCallersScope() {
        steps.admit(a, applicationA);
        AccessMatrix matrix = matrix();
        for (String dimension : List.of("promotion-events", "countries", "programs", "institutions")) {
            String path = "/api/funnels/" + dimension;
            matrix.get(path, tokens.mifi(), 200)
                    .get(path, tokens.institution(a), 200)
                    .get(path, tokens.consulate("MX"), 200, "counts only", everyItem(StudentAccessTest::countsOnly))
                    .get(path, tokens.employer("emp-1"), 403)
                    .get(path, tokens.inspector(), 403)
                    .get(path, null, 401)
                    .get(path + "/export.csv", tokens.mifi(), 200)
                    .get(path + "/export.csv", tokens.institution(a), 403)
                    .get(path + "/export.csv", tokens.consulate("MX"), 403);
        }
        matrix
                .get("/api/funnels/countries", tokens.consulate("MX"), 200, "its nationals only", everyItem(field("key", "MX")))
                .get("/api/funnels/programs", tokens.institution(a), 200, "its programs only", everyItem(field("key", programA)))
                .get("/api/funnels/institutions", tokens.institution(a), 200, "itself only", everyItem(field("key", a)))
                .get("/api/funnels/ages", tokens.mifi(), 404)
                .get("/api/funnels/countries?size=0", tokens.mifi(), 400)
                .get("/api/funnels/labour-shortage-share", tokens.mifi(), 200)
                .get("/api/funnels/labour-shortage-share", tokens.institution(a), 200, "A's one admission, aligned",
                        share -> share.get("admissions").asLong() == 1 && share.get("share").asDouble() == 1.0)
                .get("/api/funnels/labour-shortage-share", tokens.consulate("GT"), 200, "no Guatemalan admitted",
                        share -> share.get("admissions").asLong() == 0 && share.get("share").isNull())
                .get("/api/funnels/labour-shortage-share", tokens.inspector(), 403)
                .get("/api/funnels/labour-shortage-share", null, 401)
                .get("/api/audit", tokens.mifi(), 200)
                .get("/api/audit", tokens.institution(a), 403)
                .get("/actuator/health", null, 200, "broker and store reachable", health -> health.get("status").asString().equals("UP"))
                .get("/v3/api-docs", null, 200, "documents the API", docs -> docs.get("paths").has("/api/prospects/{prospectId}/caq"))
                .get("/actuator/outbox", tokens.institution(a), 403)
                .verify();
    }

    @Test
    void aScopedRoleWithoutItsClaimIsRefusedEverywhere() {
        String institutionWithoutId = tokens.token("institution-no-claim", List.of("INSTITUTION"), Map.of());
        String consulateWithoutCountry = tokens.token("consulate-no-claim", List.of("CONSULATE"), Map.of());
        matrix()
                .get("/api/prospects", institutionWithoutId, 403)
                .get("/api/programs", institutionWithoutId, 403)
                .post("/api/programs", programJson(true), institutionWithoutId, 403)
                .get("/api/funnels/countries", consulateWithoutCountry, 403)
                .get("/api/funnels/labour-shortage-share", consulateWithoutCountry, 403)
                .get("/api/prospects", tokens.mifiFromAnotherIssuer(), 401)
                .get("/api/prospects", tokens.mifiForAnotherAudience(), 401)
                .get("/api/prospects", tokens.expiredMifi(), 401)
                .verify();
    }

    @Test
    void anInstitutionDoesNotLearnWhereItsApplicantChoseToGo() {
        String toB = created(steps.as(tokens.institution(b)).postJson("/api/applications",
                applicationJson(prospectA, programB))).json().get("applicationId").asString();
        steps.admit(b, toB);
        created(steps.as(tokens.mifi()).postJson("/api/prospects/" + prospectA + "/caq", caqJson(toB)));
        created(steps.as(tokens.mifi()).postJson("/api/prospects/" + prospectA + "/study-permit", permitJson()));

        JsonNode seenByA = steps.as(tokens.institution(a)).get("/api/prospects/" + prospectA).json();
        JsonNode seenByB = steps.as(tokens.institution(b)).get("/api/prospects/" + prospectA).json();
        HttpTestClient.Response arrivalByA = steps.as(tokens.institution(a)).postJson("/api/prospects/" + prospectA
                + "/arrival", arrivalJson());

        assertThat(seenByA.get("stage").asString()).isEqualTo("PROSPECT");
        assertThat(seenByA.get("caq").isNull()).isTrue();
        assertThat(seenByA.get("institutionIds").isNull()).isTrue();
        assertThat(seenByB.get("caq").get("institutionId").asString()).isEqualTo(b);
        assertThat(arrivalByA.status()).isEqualTo(403);
        assertThat(steps.as(tokens.institution(a)).get("/api/prospects?stage=STUDY_PERMIT_ISSUED").json()
                .get("items").valueStream().noneMatch(p -> p.get("prospectId").asString().equals(prospectA))).isTrue();
        created(steps.as(tokens.institution(b)).postJson("/api/prospects/" + prospectA + "/arrival", arrivalJson()));
    }

    private static List<String> ids(JsonNode page, String field) {
        return page.get("items").valueStream().map(item -> item.get(field).asString()).toList();
    }

    private static boolean countsOnly(JsonNode row) {
        return row.properties().stream().allMatch(p -> COUNTS.contains(p.getKey()));
    }
}
