package qc.passerelle.web.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * What an operator and a client developer find on any service built on this library: the probes Kubernetes calls (on by
 * default in Boot 4, everywhere, not only on Kubernetes: this test notices if that changes), and
 * an OpenAPI document that names the service, its build, its contact, its licence and how to authenticate.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.application.name=agricultural-workers",
        "management.endpoints.web.exposure.include=health,prometheus",
        "passerelle.api.title=Passerelle — Travailleurs agricoles temporaires",
        "passerelle.api.description=Demandes de main-d'œuvre, logements, inspections, arrivées et départs.",
        "spring.autoconfigure.exclude="
                + "org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration,"
                + "org.springframework.boot.mongodb.autoconfigure.MongoReactiveAutoConfiguration,"
                + "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration,"
                + "org.springframework.boot.data.mongodb.autoconfigure.DataMongoReactiveAutoConfiguration,"
                + "org.springframework.boot.data.mongodb.autoconfigure.DataMongoRepositoriesAutoConfiguration,"
                + "org.springframework.boot.data.mongodb.autoconfigure.DataMongoReactiveRepositoriesAutoConfiguration"})
class OperatorEndpointsTest {

    @SpringBootApplication
    static class Service {
        @RestController
        static class Arrivals {
            record Arrival(String workerId, int birthYear) {
            }

            @PostMapping("/api/arrivals")
            ResponseEntity<Arrival> arrive(@RequestHeader(name = "Idempotency-Key", required = false) String key,
                                           @RequestBody Arrival arrival) {
                return ResponseEntity.status(201).body(arrival);
            }
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    ObjectMapper json;

    final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void livenessAndReadinessAnswerUpWithoutKubernetes() throws Exception {
        for (String probe : new String[] {"/actuator/health/liveness", "/actuator/health/readiness"}) {
            HttpResponse<String> response = get(probe);

            assertThat(response.statusCode()).as(probe).isEqualTo(200);
            assertThat(json.readTree(response.body()).path("status").asString()).as(probe).isEqualTo("UP");
        }
    }

    /** The dashboard aggregates latency percentiles across instances and tells the services apart by name. */
    @Test
    void prometheusSeriesCarryTheServiceNameAndRequestLatenciesAreAHistogram() throws Exception {
        HttpResponse<String> request = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/arrivals"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"workerId\":\"wkr-1\",\"birthYear\":1990}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(request.statusCode()).isEqualTo(201);

        String scrape = get("/actuator/prometheus").body();

        assertThat(scrape).containsPattern("http_server_requests_seconds_bucket\\{[^}]*application=\"agricultural-workers\"[^}]*"
                + "uri=\"/api/arrivals\"");
        assertThat(scrape).containsPattern("process_uptime_seconds\\{[^}]*application=\"agricultural-workers\"");
    }

    @Test
    void theApiDocumentNamesTheServiceItsBuildItsContactAndItsLicence() throws Exception {
        JsonNode info = apiDocs().path("info");

        assertThat(info.path("title").asString()).isEqualTo("Passerelle — Travailleurs agricoles temporaires");
        assertThat(info.path("description").asString()).startsWith("Demandes de main-d'œuvre");
        assertThat(info.path("version").asString()).isEqualTo(BuildVersion.current()).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(info.path("contact").path("name").asString()).contains("MIFI");
        assertThat(info.path("license").path("name").asString()).isNotBlank();
    }

    @Test
    void everyOperationAsksForABearerTokenAndShowsTheProblemItMayAnswer() throws Exception {
        JsonNode document = apiDocs();

        JsonNode bearer = document.path("components").path("securitySchemes").path(ApiDocument.BEARER);
        assertThat(bearer.path("type").asString()).isEqualTo("http");
        assertThat(bearer.path("scheme").asString()).isEqualTo("bearer");
        assertThat(bearer.path("bearerFormat").asString()).isEqualTo("JWT");
        assertThat(document.path("security").get(0).has(ApiDocument.BEARER)).isTrue();

        JsonNode post = document.path("paths").path("/api/arrivals").path("post");
        JsonNode badRequest = post.path("responses").path("400").path("content").path(ProblemResponses.PROBLEM_JSON);
        assertThat(badRequest.path("examples").path("exemple").path("value").path("field").asString()).isEqualTo("birthYear");
        assertThat(post.path("responses").has("401")).isTrue();
        assertThat(post.path("responses").has("403")).isTrue();
        JsonNode idempotency = null;
        for (JsonNode parameter : post.path("parameters")) {
            if (parameter.path("name").asString().equals("Idempotency-Key")) {
                idempotency = parameter;
            }
        }
        assertThat(idempotency).isNotNull();
        assertThat(idempotency.path("example").asString()).isEqualTo(ProblemResponses.IDEMPOTENCY_EXAMPLE);
    }

    @Test
    void aServiceThatSaysNothingOfItselfIsStillNamedAfterItsApplication() {
        ApiProperties nothing = new ApiProperties(null, null, null, null, null);

        var info = ApiDocument.of("recruiting", nothing, "1.2.3").getInfo();

        assertThat(info.getTitle()).isEqualTo("Passerelle — recruiting");
        assertThat(info.getDescription()).contains("recruiting");
        assertThat(info.getVersion()).isEqualTo("1.2.3");
    }

    private JsonNode apiDocs() throws Exception {
        HttpResponse<String> response = get("/v3/api-docs");
        assertThat(response.statusCode()).isEqualTo(200);
        return json.readTree(response.body());
    }
}
