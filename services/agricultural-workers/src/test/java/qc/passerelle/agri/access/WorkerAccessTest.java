package qc.passerelle.agri.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import qc.passerelle.testsupport.AccessMatrix;
import qc.passerelle.testsupport.EmbeddedInfrastructure;
import qc.passerelle.testsupport.HttpTestClient;
import qc.passerelle.testsupport.TestIdentityProvider;

/** Who may report and read agricultural workers: employers their own, consulates their nationals, MIFI all. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class WorkerAccessTest {

    static final TestIdentityProvider tokens = TestIdentityProvider.get();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.get().register(registry, "agricultural-workers-access");
    }

    @LocalServerPort
    int port;

    static String arrival(String employerId, String country, String familyName) {
        return """
                {"givenName": "Ana", "familyName": "%s", "citizenship": "%s", "birthYear": 1990, "stream": "SAWP",
                 "employerId": "%s", "housingUnitId": "unit-1", "arrivalDate": "%s", "flightNumber": "AM 680",
                 "returning": false}""".formatted(familyName, country, employerId, LocalDate.now().minusDays(1));
    }

    private String arrived(String employerId, String country) {
        return HttpTestClient.onPort(port).withToken(tokens.mifi())
                .postJson("/api/workers/arrivals", arrival(employerId, country, "Reyes")).json().get("workerId").asString();
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
                .post("/api/workers/" + guatemalanAtB + "/transfers", "{\"toEmployerId\": \"emp-a\", \"toHousingUnitId\": \"u\", \"transferDate\": \"" + LocalDate.now() + "\", \"workerConsented\": true}", tokens.employer("emp-a"), 404)
                .post("/api/workers/" + guatemalanAtB + "/absences", "{\"lastSeenOn\": \"" + LocalDate.now() + "\"}", tokens.consulate("GT"), 403)
                .post("/api/workers/" + guatemalanAtB + "/absences", "{\"lastSeenOn\": \"" + LocalDate.now() + "\"}", tokens.employer("emp-a"), 404)
                .post("/api/workers/" + guatemalanAtB + "/departures", departure, tokens.employer("emp-b"), 201)
                .get("/api/audit", tokens.employer("emp-a"), 403)
                .get("/api/audit", tokens.mifi(), 200)
                .verify();
    }

    @Test
    void badTokensAreRefused() {
        AccessMatrix.on(HttpTestClient.onPort(port))
                .post("/api/workers/arrivals", arrival("emp-a", "MX", "Cruz"), tokens.mifiSignedByAnotherKey(), 401)
                .post("/api/workers/arrivals", arrival("emp-a", "MX", "Cruz"), tokens.mifiFromAnotherIssuer(), 401)
                .post("/api/workers/arrivals", arrival("emp-a", "MX", "Cruz"), tokens.expiredMifi(), 401)
                .verify();
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
