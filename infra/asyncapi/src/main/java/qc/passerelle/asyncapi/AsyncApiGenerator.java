package qc.passerelle.asyncapi;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Writes {@code infra/asyncapi/asyncapi.yaml}. Run from the module's folder (as Maven does), or give the repository's
 * root and the output file: {@code AsyncApiGenerator <root> <file>}.
 */
public final class AsyncApiGenerator {

    public static final String HEADER = "# Generated from libs/event-contracts and the services' application.yml by "
            + "qc.passerelle.asyncapi.AsyncApiGenerator: do not edit.\n"
            + "# Regenerate: ./mvnw -pl infra/asyncapi test -Dasyncapi.regenerate=true\n";

    private AsyncApiGenerator() {
    }

    public static String render(Path root) {
        // every string quoted: "1.0", "1" and "2027-04-03" stay strings for every YAML reader, 1.1 or 1.2
        YAMLMapper yaml = YAMLMapper.builder()
                .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
                .disable(YAMLWriteFeature.SPLIT_LINES)
                .build();
        return HEADER + yaml.writeValueAsString(new AsyncApiDocument(ServiceTopics.of(root.resolve("services"))).build());
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "../..");
        Path file = Path.of(args.length > 1 ? args[1] : "asyncapi.yaml");
        Files.writeString(file, render(root), StandardCharsets.UTF_8);
        System.out.println("wrote " + file.toAbsolutePath().normalize());
    }
}
