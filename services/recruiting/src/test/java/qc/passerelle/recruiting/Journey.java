package qc.passerelle.recruiting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import qc.passerelle.testsupport.HttpTestClient;
import qc.passerelle.testsupport.TestIdentityProvider;

/**
 * The requests of a recruitment, as MIFI, an employer and candidates send them: what every scenario needs to set up
 * the state it checks. One HTTP client for all, each request carrying its own token.
 */
public final class Journey {

    public static final TestIdentityProvider tokens = TestIdentityProvider.get();

    /** Signing a token costs an RSA operation: a client keeps its token, and so do these. */
    private static final java.util.concurrent.ConcurrentHashMap<String, String> TOKENS = new java.util.concurrent.ConcurrentHashMap<>();

    private final HttpTestClient http;

    public Journey(int port) {
        this.http = HttpTestClient.onPort(port);
    }

    public HttpTestClient http() {
        return http;
    }

    public HttpTestClient.Response post(String token, String path, String json) {
        return http.postJson(path, json, TestIdentityProvider.bearer(token));
    }

    public HttpTestClient.Response post(String token, String path, String json, String idempotencyKey) {
        return http.postJson(path, json, Map.of("Authorization", "Bearer " + token, "Idempotency-Key", idempotencyKey));
    }

    public HttpTestClient.Response get(String token, String path) {
        return http.get(path, TestIdentityProvider.bearer(token));
    }

    public static String employer(String employerId) {
        return TOKENS.computeIfAbsent("employer:" + employerId, k -> tokens.employer(employerId));
    }

    public static String candidate(String candidateId) {
        return TOKENS.computeIfAbsent("candidate:" + candidateId, k -> tokens.candidate(candidateId));
    }

    public static String neq() {
        return "%010d".formatted(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
    }

    public static String employerJson(String legalName, String neq, boolean needsLmia) {
        return """
                {"legalName": "%s", "neq": "%s", "region": "MONTEREGIE", "sectors": ["AGRICULTURE", "FOOD_PROCESSING"],
                 "contactEmail": "rh@ferme-beausejour.qc.ca", "contactPhone": "+1 450 555 0101", "needsLmia": %s}
                """.formatted(legalName, neq, needsLmia);
    }

    public static String jobOfferJson(String employerId, String nocCode, int minimumFrench, boolean regulated,
                                      String targetCountries) {
        return """
                {"employerId": "%s", "title": "Ouvrier maraîcher / Trabajador hortícola", "nocCode": "%s",
                 "sector": "AGRICULTURE", "region": "MONTEREGIE", "positions": 12, "minimumFrenchLevel": %d,
                 "regulatedProfession": %s, "hourlyWageCad": 17.50, "startDate": "%s", "targetCountries": %s}
                """.formatted(employerId, nocCode, minimumFrench, regulated, LocalDate.now().plusMonths(3), targetCountries);
    }

    public static String missionJson(String name, Instant opensAt, Instant closesAt) {
        LocalDate start = closesAt.atZone(java.time.ZoneOffset.UTC).toLocalDate();
        return """
                {"name": "%s", "format": "IN_PERSON", "country": "CO", "city": "Bogotá", "startDate": "%s",
                 "endDate": "%s", "applicationOpensAt": "%s", "applicationClosesAt": "%s",
                 "sectors": ["AGRICULTURE", "INFORMATION_TECHNOLOGY"]}
                """.formatted(name, start, start.plusDays(2), opensAt, closesAt);
    }

    public static String candidateJson(String givenName, String citizenship, String nocCode, int years, int french) {
        return """
                {"givenName": "%s", "familyName": "Rodríguez Gómez", "email": "candidato@example.co",
                 "citizenship": "%s", "countryOfResidence": "%s", "birthYear": 1992,
                 "profession": "Técnico agrícola", "nocCode": "%s", "yearsOfExperience": %d,
                 "declaredFrenchLevel": %d, "otherLanguages": ["es", "en"]}
                """.formatted(givenName, citizenship, citizenship, nocCode, years, french);
    }

    public static String candidateId() {
        return "cand-" + UUID.randomUUID();
    }

    // --- whole steps, checked as they go ---

    public String registeredEmployer(boolean needsLmia) {
        return created(post(tokens.mifi(), "/api/employers", employerJson("Ferme " + UUID.randomUUID(), neq(), needsLmia)))
                .get("employerId").asString();
    }

    public String publishedOffer(String employerId, String nocCode, int minimumFrench, boolean regulated,
                                 String targetCountries) {
        return created(post(employer(employerId), "/api/job-offers",
                jobOfferJson(employerId, nocCode, minimumFrench, regulated, targetCountries))).get("jobOfferId").asString();
    }

    /** A mission taking applications now, joined by the employer with the offers given. */
    public String openMissionWith(String employerId, String... jobOfferIds) {
        Instant now = Instant.now();
        String missionId = created(post(tokens.recruiter(), "/api/missions", missionJson("Journées Québec Colombie",
                now.minus(1, ChronoUnit.HOURS), now.plus(2, ChronoUnit.DAYS)))).get("missionId").asString();
        created(post(employer(employerId), "/api/missions/" + missionId + "/participations",
                "{\"employerId\": \"%s\", \"jobOfferIds\": [\"%s\"]}".formatted(employerId, String.join("\", \"", jobOfferIds))));
        return missionId;
    }

    public String registeredCandidate(String citizenship, String nocCode, int years, int french) {
        String candidateId = candidateId();
        created(post(candidate(candidateId), "/api/candidates",
                candidateJson("Ana María", citizenship, nocCode, years, french)));
        return candidateId;
    }

    public HttpTestClient.Response apply(String candidateId, String missionId, String jobOfferId) {
        return post(candidate(candidateId), "/api/applications",
                "{\"missionId\": \"%s\", \"jobOfferId\": \"%s\"}".formatted(missionId, jobOfferId));
    }

    public String appliedAndInterviewed(String candidateId, String missionId, String jobOfferId, String employerId) {
        return interviewed(created(apply(candidateId, missionId, jobOfferId)).get("applicationId").asString(), employerId);
    }

    /** Pre-selected and invited to a video interview by the employer. */
    public String interviewed(String applicationId, String employerId) {
        created(post(employer(employerId), "/api/applications/" + applicationId + "/preselections", "{}"));
        created(post(employer(employerId), "/api/applications/" + applicationId + "/interviews",
                "{\"scheduledAt\": \"%s\", \"mode\": \"VIDEO\", \"link\": \"https://meet.example.org/jq-%s\"}"
                        .formatted(Instant.now().plus(1, ChronoUnit.DAYS), applicationId)));
        return applicationId;
    }

    public String extendedOffer(String applicationId, String employerId) {
        return created(post(employer(employerId), "/api/applications/" + applicationId + "/employment-offers",
                extendJson())).get("offerId").asString();
    }

    public static String extendJson() {
        return "{\"startDate\": \"%s\", \"respondBy\": \"%s\"}".formatted(LocalDate.now().plusMonths(3),
                LocalDate.now().plusDays(10));
    }

    public static tools.jackson.databind.JsonNode created(HttpTestClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }
}
