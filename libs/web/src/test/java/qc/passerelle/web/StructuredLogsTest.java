package qc.passerelle.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the services' docker profile sets ({@code logging.structured.format.console: ecs}) gives a log collector one
 * JSON object per line, and a request's lines carry its correlation id and trace id as fields of their own.
 */
@ExtendWith(OutputCaptureExtension.class)
class StructuredLogsTest {

    static final String TRACE_ID = "0af7651916cd43dd8448eb211c80319c";

    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration(excludeName = {
            "org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration",
            "org.springframework.boot.mongodb.autoconfigure.MongoReactiveAutoConfiguration",
            "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
            "org.springframework.boot.data.mongodb.autoconfigure.DataMongoReactiveAutoConfiguration",
            "org.springframework.boot.data.mongodb.autoconfigure.DataMongoRepositoriesAutoConfiguration",
            "org.springframework.boot.data.mongodb.autoconfigure.DataMongoReactiveRepositoriesAutoConfiguration"})
    @Import(StructuredLogsTest.Arrivals.class)
    static class Service {
    }

    @RestController
    static class Arrivals {
        private static final Logger log = LoggerFactory.getLogger(Arrivals.class);

        @GetMapping("/api/arrivals")
        String arrivals() {
            log.info("arrivée enregistrée");
            return "[]";
        }
    }

    @Test
    void aRequestsLogLineIsOneJsonObjectWithItsCorrelationIdAndTraceId(CapturedOutput output) throws Exception {
        try (ConfigurableApplicationContext service = new SpringApplicationBuilder(Service.class).properties(
                "spring.application.name=agricultural-workers", "server.port=0",
                "logging.structured.format.console=ecs").run()) {
            int port = ((WebServerApplicationContext) service).getWebServer().getPort();
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/arrivals"))
                            .header("traceparent", "00-" + TRACE_ID + "-b7ad6b7169203331-01").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
        }

        List<String> lines = output.getOut().lines().filter(l -> l.contains("arriv\u00e9e enregistr\u00e9e")).toList();
        assertThat(lines).hasSize(1);
        JsonNode line = JsonMapper.builder().build().readTree(lines.getFirst());
        assertThat(line.path("message").asString()).isEqualTo("arrivée enregistrée");
        assertThat(line.path("traceId").asString()).isEqualTo(TRACE_ID);
        assertThat(line.path("correlationId").asString()).isEqualTo(TRACE_ID);
        assertThat(line.path("spanId").asString()).matches("[0-9a-f]{16}");
        assertThat(line.path("service").path("name").asString()).isEqualTo("agricultural-workers");
    }
}
