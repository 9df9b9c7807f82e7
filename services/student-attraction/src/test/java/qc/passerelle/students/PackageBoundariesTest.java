package qc.passerelle.students;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The features depend one way: a prospect's file knows admissions only through its {@code Admissions} port, the
 * shared helpers know no feature, and nothing but the funnels reads every feature's collections.
 */
class PackageBoundariesTest {

    private static final Path SOURCES = Path.of("src/main/java/qc/passerelle/students");

    /** Package, and the packages of this service it must never import. */
    static Stream<Map.Entry<String, List<String>>> rules() {
        List<String> features = List.of("institution", "program", "promotion", "prospect", "application", "funnel",
                "employer", "messaging");
        return Stream.of(
                Map.entry("institution", List.of("program", "promotion", "prospect", "application", "funnel")),
                Map.entry("program", List.of("promotion", "prospect", "application", "funnel")),
                Map.entry("promotion", List.of("program", "prospect", "application", "funnel")),
                Map.entry("prospect", List.of("application", "funnel", "program")),
                Map.entry("application", List.of("funnel")),
                Map.entry("employer", features.stream().filter(f -> !f.equals("employer")).toList()),
                Map.entry("validation", features),
                Map.entry("export", features));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void aPackageImportsNoneOfTheFeaturesItMustNotKnow(Map.Entry<String, List<String>> rule) throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES.resolve(rule.getKey()))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                for (String forbidden : rule.getValue()) {
                    assertThat(source).as(file + " imports " + forbidden)
                            .doesNotContain("import qc.passerelle.students." + forbidden + ".");
                }
            }
        }
    }
}
