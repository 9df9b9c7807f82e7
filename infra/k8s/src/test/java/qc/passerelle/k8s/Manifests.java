package qc.passerelle.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.yaml.snakeyaml.Yaml;

/** Every document of every manifest under {@code infra/k8s/manifests}, with the file it came from. */
final class Manifests {

    record Resource(Path file, Map<String, Object> document) {
        String kind() {
            return String.valueOf(document.get("kind"));
        }

        String name() {
            return String.valueOf(Yamls.map(document, "metadata").get("name"));
        }

        Map<String, Object> spec() {
            return Yamls.map(document, "spec");
        }
    }

    private final Path dir;
    private final List<Resource> resources;

    private Manifests(Path dir, List<Resource> resources) {
        this.dir = dir;
        this.resources = resources;
    }

    static Manifests load(Path dir) {
        List<Resource> resources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                try (Reader reader = Files.newBufferedReader(file)) {
                    for (Object document : new Yaml().loadAll(reader)) {
                        if (document != null) {
                            assertThat(document).as(file.toString()).isInstanceOf(Map.class);
                            @SuppressWarnings("unchecked")
                            Map<String, Object> map = (Map<String, Object>) document;
                            resources.add(new Resource(dir.relativize(file), map));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(resources).as("manifests under " + dir).isNotEmpty();
        return new Manifests(dir, resources);
    }

    Path dir() {
        return dir;
    }

    List<Resource> all() {
        return resources;
    }

    List<Resource> ofKind(String kind) {
        return resources.stream().filter(r -> r.kind().equals(kind)).toList();
    }

    Optional<Resource> find(String kind, String name) {
        return resources.stream().filter(r -> r.kind().equals(kind) && r.name().equals(name)).findFirst();
    }

    Resource get(String kind, String name) {
        return find(kind, name).orElseThrow(() -> new AssertionError("no " + kind + " named " + name + " under " + dir));
    }
}
