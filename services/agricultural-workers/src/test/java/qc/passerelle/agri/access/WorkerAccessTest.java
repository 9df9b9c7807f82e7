package qc.passerelle.agri.access;

import static org.assertj.core.api.Assertions.assertThat;
import static qc.passerelle.testsupport.AccessMatrix.everyItem;
import static qc.passerelle.testsupport.AccessMatrix.field;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import qc.passerelle.testsupport.AccessMatrix;
import qc.passerelle.testsupport.EmbeddedInfrastructure;
import qc.passerelle.testsupport.HttpTestClient;
import qc.passerelle.testsupport.TestInfrastructure;
import qc.passerelle.agri.AgriScenarios;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;

/** Who may report and read agricultural workers: employers their own, consulates their nationals, MIFI all. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class WorkerAccessTest extends AgriScenarios {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.get().register(registry, "agricultural-workers-access");
    }

    @Override
    protected TestInfrastructure infrastructure() {
        return EmbeddedInfrastructure.get();
    }

    static final Map<String, String> UNITS = new ConcurrentHashMap<>();

    @BeforeEach
    void twoFarms() {
        UNITS.computeIfAbsent("emp-a", this::unitOf);
        UNITS.computeIfAbsent("emp-b", this::unitOf);
    }

    static String arrival(String employerId, String country, String familyName) {
        return """
                {"givenName": "Ana", "familyName": "%s", "citizenship": "%s", "birthYear": 1990, "stream": "SAWP",
                 "employerId": "%s", "housingUnitId": "%s", "arrivalDate": "%s", "flightNumber": "AM 680",
                 "returning": false}""".formatted(familyName, country, employerId, UNITS.getOrDefault(employerId, "unit-1"),
                LocalDate.now().minusDays(1));
    }

    private String arrived(String employerId, String country) {
        return HttpTestClient.onPort(port).withToken(tokens.mifi())
                .postJson("/api/workers/arrivals", arrival(employerId, country, "Reyes " + java.util.UUID.randomUUID()))
                .json().get("workerId").asString();
    }

    @Test
    void employersReportTheirOwnWorkersAndReadNoOneElses() {
        String mexicanAtA = arrived("emp-a", "MX");
        String guatemalanAtB = arrived("emp-b", "GT");
        String departure = "{\"departureDate\": \"" + LocalDate.now() + "\", \"reason\": \"VOLUNTARY\"}";

        AccessMatrix.on(HttpTestClient.onPort(port))
                .post("/api/workers/arrivals", arrival("emp-a", "MX", "Cruz"), null, 401)
                .post("/api/workers/arrivals", arrival("emp-a", "MX", "Cruz"), tokens.consulate("MX"), 403)
                .post("/api/workers/arrivals", arrival("emp-a", "MX", "Cruz"), tokens.inspector(), 403)
                .post("/api/workers/arrivals", arrival("emp-b", "MX", "Cruz"), tokens.employer("emp-a"), 403)
                .post("/api/workers/arrivals", arrival("emp-a", "MX", "Cruz"), tokens.employer("emp-a"), 201)
                .post("/api/workers/arrivals", arrival("emp-b", "GT", "Cruz"), tokens.mifi(), 201)
                .get("/api/workers/" + mexicanAtA, tokens.employer("emp-a"), 200)
                .get("/api/workers/" + mexicanAtA, tokens.employer("emp-b"), 404)
                .get("/api/workers/" + mexicanAtA, tokens.consulate("MX"), 200)
                .get("/api/workers/" + mexicanAtA, tokens.consulate("GT"), 404)
                .get("/api/workers/" + guatemalanAtB, tokens.consulate("GT"), 200)
                .get("/api/workers/" + guatemalanAtB, tokens.inspector(), 403)
                .get("/api/workers/" + guatemalanAtB, null, 401)
                .post("/api/workers/" + guatemalanAtB + "/departures", departure, tokens.employer("emp-a"), 404)
                .post("/api/workers/" + guatemalanAtB + "/departures", departure, tokens.consulate("GT"), 403)
                .post("/api/workers/" + guatemalanAtB + "/transfers", "{\"toEmployerId\": \"emp-a\", \"toHousingUnitId\": \"" + UNITS.get("emp-a") + "\", \"transferDate\": \"" + LocalDate.now() + "\", \"workerConsented\": true}", tokens.employer("emp-a"), 404)
                .post("/api/workers/" + guatemalanAtB + "/absences", "{\"lastSeenOn\": \"" + LocalDate.now() + "\"}", tokens.consulate("GT"), 403)
                .post("/api/workers/" + guatemalanAtB + "/absences", "{\"lastSeenOn\": \"" + LocalDate.now() + "\"}", tokens.employer("emp-a"), 404)
                .post("/api/workers/" + guatemalanAtB + "/departures", departure, tokens.employer("emp-b"), 201)
                .get("/api/audit", tokens.employer("emp-a"), 403)
                .get("/api/audit", tokens.mifi(), 200)
                .verify();
    }

    @Test
    void listsAndExportsHoldOnlyWhatTheCallerMaySee() {
        String mexicanAtA = arrived("emp-a", "MX");
        String guatemalanAtB = arrived("emp-b", "GT");
        // lists follow the events, a few milliseconds behind the commands
        org.awaitility.Awaitility.await().atMost(PATIENCE).until(() -> HttpTestClient.onPort(port).withToken(tokens.consulate("GT"))
                .get("/api/workers").body().contains(guatemalanAtB)
                && HttpTestClient.onPort(port).withToken(tokens.employer("emp-a")).get("/api/workers").body().contains(mexicanAtA));

        AccessMatrix.on(HttpTestClient.onPort(port))
                .get("/api/workers", tokens.consulate("GT"), 200, "only Guatemalans", everyItem(field("citizenship", "GT")))
                .get("/api/workers?citizenship=MX", tokens.consulate("GT"), 200, "no Mexican", page -> page.get("totalItems").asInt() == 0)
                .get("/api/workers", tokens.employer("emp-a"), 200, "only emp-a's", everyItem(field("employerId", "emp-a")))
                .get("/api/workers?citizenship=MX", tokens.mifi(), 200, "only Mexicans", everyItem(field("citizenship", "MX")))
                .get("/api/workers?status=GONE", tokens.mifi(), 400)
                .get("/api/workers?size=1000", tokens.mifi(), 400)
                .get("/api/workers", tokens.inspector(), 403)
                .get("/api/workers", null, 401)
                .get("/api/workers/export.csv", tokens.inspector(), 403)
                .verify();

        HttpTestClient.Response csv = HttpTestClient.onPort(port).withToken(tokens.consulate("GT")).get("/api/workers/export.csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("workerId,givenName,familyName,citizenship").contains(guatemalanAtB)
                .doesNotContain(mexicanAtA).doesNotContain(",MX,");
    }

    @Test
    void badTokensAreRefused() {
        AccessMatrix.on(HttpTestClient.onPort(port))
                .post("/api/workers/arrivals", arrival("emp-a", "MX", "Cruz"), tokens.mifiSignedByAnotherKey(), 401)
                .post("/api/workers/arrivals", arrival("emp-a", "MX", "Cruz"), tokens.mifiFromAnotherIssuer(), 401)
                .post("/api/workers/arrivals", arrival("emp-a", "MX", "Cruz"), tokens.expiredMifi(), 401)
                .get("/api/workers", tokens.mifiForAnotherAudience(), 401)
                .verify();
    }

    /** A scoped role without its claim is refused everywhere, never read as a scope of its own ("null"). */
    @Test
    void anEmployerOrConsulateTokenWithoutItsScopeClaimIsRefusedEverywhere() {
        String employerWithoutId = tokens.token("employer-without-id", List.of("EMPLOYER"), Map.of());
        String consulateWithoutCountry = tokens.token("consulate-without-country", List.of("CONSULATE"), Map.of());

        AccessMatrix matrix = AccessMatrix.on(HttpTestClient.onPort(port));
        for (String token : List.of(employerWithoutId, consulateWithoutCountry)) {
            matrix.get("/api/labour-requests", token, 403)
                    .get("/api/workers", token, 403)
                    .get("/api/workers/export.csv", token, 403)
                    .get("/api/housing-units", token, 403)
                    .get("/api/condition-reports", token, 403)
                    .post("/api/workers/arrivals", arrival("emp-a", "MX", "Sin"), token, 403);
        }
        matrix.verify();
    }

    @Test
    void anExportNeutralisesEveryCellASpreadsheetWouldRunAndIsAuditedBeforeItsFirstByte() {
        String formula = "=HYPERLINK(\"http://x\")";
        String hidden = "Ana\n=1+1";
        HttpTestClient mifi = HttpTestClient.onPort(port).withToken(tokens.mifi());
        String quotedName = hidden.replace("\n", "\\n");
        String first = mifi.postJson("/api/workers/arrivals", arrival("emp-a", "SV", "Uno " + java.util.UUID.randomUUID())
                        .replace("\"givenName\": \"Ana\"", "\"givenName\": \"" + formula.replace("\"", "\\\"") + "\""))
                .json().get("workerId").asString();
        String second = mifi.postJson("/api/workers/arrivals", arrival("emp-a", "SV", "Dos " + java.util.UUID.randomUUID())
                        .replace("\"givenName\": \"Ana\"", "\"givenName\": \"" + quotedName + "\""))
                .json().get("workerId").asString();

        HttpTestClient.Response csv = HttpTestClient.onPort(port).withToken(tokens.consulate("SV")).get("/api/workers/export.csv");

        assertThat(csv.body()).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK").contains("\"'Ana\n=1+1\"");
        List<Document> audit = mongo.getCollection("audit_entries").find(new Document("action", "export workers")
                .append("scope", "country=SV")).into(new java.util.ArrayList<>());
        assertThat(audit).anySatisfy(entry -> assertThat(entry.getList("personIds", String.class)).contains(first, second));
    }

    @Test
    void aRequestCarryingAWorkersNameLeavesNoNameInTheLogs(CapturedOutput output) {
        String name = "Zacarías-Quetzaltenango";
        HttpTestClient http = HttpTestClient.onPort(port).withToken(tokens.employer("emp-a"));

        http.postJson("/api/workers/arrivals", arrival("emp-a", "GT", name));
        http.postJson("/api/workers/arrivals", arrival("emp-b", "GT", name));
        http.postJson("/api/workers/arrivals", arrival("emp-a", "Guatemala", name));

        assertThat(output.getAll()).doesNotContain(name);
    }
}
