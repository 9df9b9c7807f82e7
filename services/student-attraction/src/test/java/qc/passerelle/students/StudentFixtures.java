package qc.passerelle.students;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import qc.passerelle.testsupport.HttpTestClient;
import qc.passerelle.testsupport.TestIdentityProvider;

/** Request bodies and the steps of a student's journey through the public API, as the tests' callers make them. */
public final class StudentFixtures {

    public static final TestIdentityProvider tokens = TestIdentityProvider.get();
    /** A term the programs take students in, whatever year the tests run. */
    public static final String TERM = (LocalDate.now().getYear() + 1) + "-FALL";
    public static final String OTHER_TERM = (LocalDate.now().getYear() + 2) + "-WINTER";

    private final int port;

    public StudentFixtures(int port) {
        this.port = port;
    }

    public HttpTestClient as(String token) {
        return HttpTestClient.onPort(port).withToken(token);
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static String institutionJson(String id) {
        return """
                {"institutionId": "%s", "name": "Cégep de Rimouski", "type": "CEGEP", "region": "BAS_SAINT_LAURENT"}
                """.formatted(id);
    }

    public static String programJson(boolean labourShortage) {
        return """
                {"title": "Technologie des productions animales", "field": "Agriculture", "level": "DEC",
                 "language": "FR", "intakeTerms": ["%s", "%s"], "labourShortageAligned": %s, "seats": 20}
                """.formatted(TERM, OTHER_TERM, labourShortage);
    }

    public static String eventJson(String... institutionIds) {
        return """
                {"name": "Salon Étudier au Québec — Bogotá", "format": "IN_PERSON", "country": "CO", "city": "Bogotá",
                 "date": "%s", "representation": "BOGOTA", "institutionIds": [%s]}
                """.formatted(LocalDate.now().plusMonths(2), quoted(institutionIds));
    }

    public static String prospectJson(String citizenship, String promotionEventId) {
        return prospectJson("Camila", citizenship, promotionEventId);
    }

    public static String prospectJson(String givenName, String citizenship, String promotionEventId) {
        return """
                {"givenName": "%s", "familyName": "Rojas Díaz", "citizenship": "%s", "countryOfResidence": "%s",
                 "birthYear": %d, "fieldOfInterest": "Agriculture", "levelOfInterest": "DEC", "declaredFrenchLevel": 4,
                 "promotionEventId": %s}
                """.formatted(givenName, citizenship, citizenship, LocalDate.now().getYear() - 19,
                promotionEventId == null ? "null" : "\"" + promotionEventId + "\"");
    }

    public static String applicationJson(String prospectId, String programId) {
        return applicationJson(prospectId, programId, TERM);
    }

    public static String applicationJson(String prospectId, String programId, String term) {
        return """
                {"prospectId": "%s", "programId": "%s", "intakeTerm": "%s"}""".formatted(prospectId, programId, term);
    }

    public static String decisionJson(String outcome) {
        return """
                {"outcome": "%s", "decidedOn": "%s"}""".formatted(outcome, LocalDate.now());
    }

    public static String caqJson(String applicationId) {
        return """
                {"applicationId": "%s", "issuedOn": "%s", "validUntil": "%s"}"""
                .formatted(applicationId, LocalDate.now(), LocalDate.now().plusYears(3));
    }

    public static String permitJson() {
        return """
                {"issuedOn": "%s", "validUntil": "%s"}""".formatted(LocalDate.now(), LocalDate.now().plusYears(3));
    }

    public static String arrivalJson() {
        return """
                {"arrivedOn": "%s"}""".formatted(LocalDate.now());
    }

    /** MIFI registers the institution; answers its id. */
    public String institution(String id) {
        created(as(tokens.mifi()).postJson("/api/institutions", institutionJson(id)));
        return id;
    }

    public String program(String institutionId, boolean labourShortage) {
        return created(as(tokens.institution(institutionId)).postJson("/api/programs", programJson(labourShortage)))
                .json().get("programId").asString();
    }

    public String event(String... institutionIds) {
        return created(as(tokens.mifi()).postJson("/api/promotion-events", eventJson(institutionIds)))
                .json().get("promotionEventId").asString();
    }

    public String prospect(String citizenship, String promotionEventId) {
        return created(as(tokens.mifi()).postJson("/api/prospects", prospectJson(citizenship, promotionEventId)))
                .json().get("prospectId").asString();
    }

    public String application(String institutionId, String prospectId, String programId) {
        return created(as(tokens.institution(institutionId)).postJson("/api/applications",
                applicationJson(prospectId, programId))).json().get("applicationId").asString();
    }

    public void admit(String institutionId, String applicationId) {
        created(as(tokens.institution(institutionId)).postJson("/api/applications/" + applicationId + "/decision",
                decisionJson("GRANTED")));
    }

    /** Every step from admission to arrival, in order. */
    public void arrive(String institutionId, String prospectId, String applicationId) {
        admit(institutionId, applicationId);
        HttpTestClient mifi = as(tokens.mifi());
        created(mifi.postJson("/api/prospects/" + prospectId + "/caq", caqJson(applicationId)));
        created(mifi.postJson("/api/prospects/" + prospectId + "/study-permit", permitJson()));
        created(as(tokens.institution(institutionId)).postJson("/api/prospects/" + prospectId + "/arrival", arrivalJson()));
    }

    public static HttpTestClient.Response created(HttpTestClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response;
    }

    private static String quoted(String... ids) {
        return String.join(", ", java.util.Arrays.stream(ids).map(id -> "\"" + id + "\"").toList());
    }
}
