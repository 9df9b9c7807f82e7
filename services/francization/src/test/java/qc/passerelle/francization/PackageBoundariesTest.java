package qc.passerelle.francization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The features do not reach into each other: the level rules are plain Java, each reaction knows only the enrolment's
 * public entrances, and only the messaging adapter knows the reactions.
 */
class PackageBoundariesTest {

    static final Path MAIN = Path.of("src/main/java/qc/passerelle/francization");

    @Test
    void theLevelRulesDependOnNoFrameworkAndNoOtherFeature() {
        assertThat(imports("progress")).noneMatch(i -> i.startsWith("org.springframework")
                || i.startsWith("org.bson") || i.startsWith("qc.passerelle.messaging")
                || i.startsWith("qc.passerelle.francization.") && !i.startsWith("qc.passerelle.francization.progress"));
    }

    @Test
    void reactionsUseTheEnrolmentsPublicEntrancesAndNeverEachOther() {
        for (String reaction : List.of("reaction/recruiting", "reaction/admissions", "reaction/agriworkers")) {
            assertThat(imports(reaction)).as(reaction).noneMatch(i -> i.startsWith("qc.passerelle.francization.reaction")
                    || i.endsWith(".PersonClaims") || i.endsWith(".EnrolmentCommands") || i.startsWith("org.bson"));
        }
        for (String feature : List.of("accesspoint", "enrolment", "progress", "scholarship", "housing")) {
            assertThat(imports(feature)).as(feature).noneMatch(i -> i.startsWith("qc.passerelle.francization.reaction")
                    || i.startsWith("qc.passerelle.francization.messaging"));
        }
    }

    private static List<String> imports(String packagePath) {
        try (Stream<Path> files = Files.walk(MAIN.resolve(packagePath))) {
            return files.filter(f -> f.toString().endsWith(".java")).flatMap(PackageBoundariesTest::importsOf).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<String> importsOf(Path file) {
        try {
            return Files.readAllLines(file).stream().filter(l -> l.startsWith("import "))
                    .map(l -> l.replace("import static ", "").replace("import ", "").replace(";", "").strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
