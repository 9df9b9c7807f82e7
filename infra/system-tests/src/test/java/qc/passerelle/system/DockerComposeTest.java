package qc.passerelle.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** No Docker runs here, so the compose file is held to its promises by reading it. */
class DockerComposeTest {

    private static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();

    @Test
    void everyServiceModuleRunsInComposeWithAHealthCheckAfterAHealthyBrokerAndDatabase() throws IOException {
        Map<String, Object> services = section(compose(), "services");

        for (String module : serviceModules()) {
            Map<String, Object> service = section(services, module);
            assertThat(service).as(module).containsKeys("healthcheck", "mem_limit", "build");
            assertThat(section(section(service, "build"), "args")).as(module).containsEntry("SERVICE", module);
            assertThat(section(section(service, "depends_on"), "kafka")).containsEntry("condition", "service_healthy");
            assertThat(section(section(service, "depends_on"), "mongo")).containsEntry("condition", "service_healthy");
            String port = designPort(module);
            assertThat(strings(service.get("ports"))).as(module).contains(port + ":" + port);
            assertThat(section(service, "healthcheck").get("test").toString()).contains(port, "/actuator/health");
        }
    }

    @Test
    void kafkaRunsInKraftModeAndMongoAsAReplicaSetBothWithHealthChecks() throws IOException {
        Map<String, Object> services = section(compose(), "services");
        Map<String, Object> kafka = section(services, "kafka");
        Map<String, Object> mongo = section(services, "mongo");

        assertThat(kafka.get("image").toString()).startsWith("apache/kafka:");
        assertThat(section(kafka, "environment")).containsEntry("KAFKA_PROCESS_ROLES", "broker,controller");
        assertThat(mongo.get("command").toString()).contains("--replSet");
        assertThat(kafka).containsKeys("healthcheck", "mem_limit");
        assertThat(mongo).containsKeys("healthcheck", "mem_limit");
    }

    /** The development issuer mints MIFI tokens for anyone who asks: never outside the dev profile, never off this host. */
    @Test
    void noIssuerIsReachableFromOutsideTheHostAndTheDevProfileExistsOnlyUnderTheDevComposeProfile() throws IOException {
        Map<String, Object> services = section(compose(), "services");

        for (Map.Entry<String, Object> entry : services.entrySet()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> service = (Map<String, Object>) entry.getValue();
            List<String> profiles = service.containsKey("profiles") ? strings(service.get("profiles")) : List.of();
            String everything = String.valueOf(service.get("command")) + service.get("environment") + service.get("entrypoint");
            if (everything.matches("(?s).*profiles[._]active[=:\\s\"]*[^\\s,\"]*\\bdev\\b.*") || entry.getKey().equals("dev-identity")) {
                assertThat(profiles).as(entry.getKey() + " runs the dev profile").containsExactly("dev");
            }
            if (service.containsKey("ports")) {
                for (String port : strings(service.get("ports"))) {
                    if (port.endsWith(":9000")) {
                        assertThat(port).as(entry.getKey() + " publishes an issuer").startsWith("127.0.0.1:");
                    }
                }
            }
        }
        assertThat(services).containsKey("dev-identity");
    }

    @Test
    void servicesTrustOnlyTheIssuerTheyAreGivenAndKafkaCreatesNoTopicOnItsOwn() throws IOException {
        Map<String, Object> services = section(compose(), "services");

        for (String module : serviceModules()) {
            Map<String, Object> environment = section(section(services, module), "environment");
            assertThat(environment).as(module).containsKey("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI");
            assertThat(String.valueOf(environment.get("SPRING_PROFILES_ACTIVE"))).as(module).doesNotContain("dev");
        }
        assertThat(section(section(services, "kafka"), "environment")).containsEntry("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false");
    }

    private static Map<String, Object> compose() throws IOException {
        try (Reader reader = Files.newBufferedReader(ROOT.resolve("docker-compose.yml"))) {
            return new Yaml().load(reader);
        }
    }

    private static List<String> serviceModules() throws IOException {
        try (Stream<Path> dirs = Files.list(ROOT.resolve("services"))) {
            List<String> modules = dirs.filter(d -> Files.exists(d.resolve("pom.xml")))
                    .map(d -> d.getFileName().toString()).sorted().toList();
            assertThat(modules).isNotEmpty();
            return modules;
        }
    }

    /** The port a service listens on by default, from its own configuration (the DESIGN table). */
    private static String designPort(String module) throws IOException {
        try (Reader reader = Files.newBufferedReader(
                ROOT.resolve("services").resolve(module).resolve("src/main/resources/application.yml"))) {
            Map<String, Object> config = new Yaml().load(reader);
            return section(config, "server").get("port").toString();
        }
    }

    private static List<String> strings(Object list) {
        assertThat(list).isInstanceOf(List.class);
        return ((List<?>) list).stream().map(String::valueOf).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> section(Map<String, Object> map, String key) {
        Object value = map.get(key);
        assertThat(value).as(key).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }
}
