package qc.passerelle.asyncapi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Who publishes and who consumes which topic, read from each service's own {@code application.yml}: the owner
 * provisions and publishes its topic, a consumer's group is its application name. Read, never restated, so the document
 * follows the services' configuration.
 */
record ServiceTopics(String service, List<String> owned, List<String> consumed) {

    static List<ServiceTopics> of(Path servicesDir) {
        YAMLMapper yaml = YAMLMapper.builder().build();
        List<ServiceTopics> services = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(servicesDir)) {
            for (Path dir : dirs.sorted().toList()) {
                Path config = dir.resolve("src/main/resources/application.yml");
                if (!Files.exists(config)) {
                    continue;
                }
                JsonNode root = yaml.readTree(config.toFile());
                JsonNode messaging = root.path("passerelle").path("messaging");
                services.add(new ServiceTopics(root.path("spring").path("application").path("name").asString(),
                        list(messaging.path("topics").path("owned")), list(messaging.path("consumer").path("topics"))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (services.isEmpty()) {
            throw new IllegalStateException("no service configuration under " + servicesDir.toAbsolutePath());
        }
        return services;
    }

    /** Spring binds a comma-separated string and a YAML list alike; so does this. */
    private static List<String> list(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return List.of();
        }
        if (node.isArray()) {
            List<String> values = new ArrayList<>();
            node.forEach(v -> values.add(v.asString().trim()));
            return values;
        }
        return Arrays.stream(node.asString().split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
