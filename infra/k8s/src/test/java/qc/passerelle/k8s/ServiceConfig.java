package qc.passerelle.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A service module as its own {@code application.yml} describes it, and as its {@code docker} profile runs it against a
 * real MongoDB replica set: what the manifests must agree with.
 */
record ServiceConfig(String module, Map<String, Object> properties, Map<String, Object> onReplicaSet) {

    static List<ServiceConfig> all(Path root) {
        try (Stream<Path> dirs = Files.list(root.resolve("services"))) {
            return dirs.filter(d -> Files.exists(d.resolve("pom.xml"))).sorted()
                    .map(d -> {
                        Path resources = d.resolve("src/main/resources");
                        Map<String, Object> properties = Yamls.flatten(Yamls.read(resources.resolve("application.yml")));
                        Map<String, Object> docker = new LinkedHashMap<>(properties);
                        if (Files.exists(resources.resolve("application-docker.yml"))) {
                            docker.putAll(Yamls.flatten(Yamls.read(resources.resolve("application-docker.yml"))));
                        }
                        return new ServiceConfig(d.getFileName().toString(), properties, docker);
                    })
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String applicationName() {
        return String.valueOf(properties.get("spring.application.name"));
    }

    int port() {
        return Integer.parseInt(String.valueOf(properties.get("server.port")));
    }

    URI mongoUri() {
        return URI.create(String.valueOf(properties.get("spring.mongodb.uri")));
    }

    /** The database is the URI's path. */
    String database() {
        return mongoUri().getPath().substring(1);
    }

    /**
     * The connection options the service uses against a real replica set (its docker profile), but the replica set's
     * name, which is the deployment's.
     */
    Map<String, String> replicaSetOptions() {
        Map<String, String> options = options(URI.create(String.valueOf(onReplicaSet.get("spring.mongodb.uri"))).getRawQuery());
        options.remove("replicaSet");
        return options;
    }

    List<String> ownedTopics() {
        return list("passerelle.messaging.topics.owned");
    }

    List<String> consumedTopics() {
        return list("passerelle.messaging.consumer.topics");
    }

    private List<String> list(String property) {
        Object value = properties.get(property);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        return Arrays.stream(String.valueOf(value).split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    static Map<String, String> options(String query) {
        Map<String, String> options = new LinkedHashMap<>();
        if (query != null) {
            for (String pair : query.split("&")) {
                String[] kv = pair.split("=", 2);
                options.put(kv[0], kv.length > 1 ? kv[1] : "");
            }
        }
        return options;
    }
}
