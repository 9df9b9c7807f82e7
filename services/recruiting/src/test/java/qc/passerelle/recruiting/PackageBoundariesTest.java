package qc.passerelle.recruiting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The features' boundaries, read from the sources: no other service is imported, the score is a pure function, and
 * the features depend on each other without a cycle (where one needs another's answer the other way round, it
 * declares a port that the other implements: {@code MissionOffers}, {@code OffersOnApplications},
 * {@code HireConfirmation}).
 */
@Order(4)
class PackageBoundariesTest {

    static final Path SOURCES = Path.of("src/main/java/qc/passerelle/recruiting");
    static final Pattern IMPORT = Pattern.compile("^import (?:static )?(qc\\.passerelle\\.[\\w.]+);", Pattern.MULTILINE);
    static final Pattern FEATURE = Pattern.compile("^qc\\.passerelle\\.recruiting\\.(\\w+)\\.");

    static final Map<String, Set<String>> imports = new HashMap<>();

    @BeforeAll
    static void readSources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String feature = SOURCES.relativize(file).getNameCount() > 1 ? SOURCES.relativize(file).getName(0).toString() : "";
                Matcher m = IMPORT.matcher(Files.readString(file));
                while (m.find()) {
                    imports.computeIfAbsent(feature, k -> new TreeSet<>()).add(m.group(1));
                }
            }
        }
    }

    @Test
    void noOtherServiceIsImported() {
        assertThat(imports.values().stream().flatMap(Set::stream))
                .noneMatch(i -> i.startsWith("qc.passerelle.") && !i.startsWith("qc.passerelle.recruiting.")
                        && !i.matches("qc\\.passerelle\\.(contracts|messaging|web|security)\\..*"));
    }

    @Test
    void theMatchingScoreDependsOnReferenceDataOnly() {
        assertThat(imports.get("preselection")).allMatch(i -> i.startsWith("qc.passerelle.recruiting.reference."));
    }

    @Test
    void featuresDependOnEachOtherWithoutACycle() {
        Map<String, Set<String>> uses = new HashMap<>();
        imports.forEach((feature, imported) -> imported.forEach(i -> {
            Matcher m = FEATURE.matcher(i);
            if (m.find() && !m.group(1).equals(feature) && !feature.equals("messaging")) {
                uses.computeIfAbsent(feature, k -> new TreeSet<>()).add(m.group(1));
            }
        }));
        assertThat(uses.get("offer")).as("the graph is read").contains("application", "immigration");
        List<String> cycle = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (String feature : uses.keySet()) {
            if (cycleFrom(feature, uses, new ArrayList<>(), done, cycle)) {
                break;
            }
        }
        assertThat(cycle).as("a cycle between features").isEmpty();
    }

    private static boolean cycleFrom(String feature, Map<String, Set<String>> uses, List<String> path, Set<String> done,
                                     List<String> cycle) {
        if (path.contains(feature)) {
            cycle.addAll(path.subList(path.indexOf(feature), path.size()));
            cycle.add(feature);
            return true;
        }
        if (!done.add(feature)) {
            return false;
        }
        path.add(feature);
        for (String used : uses.getOrDefault(feature, Set.of())) {
            if (cycleFrom(used, uses, path, done, cycle)) {
                return true;
            }
        }
        path.remove(path.size() - 1);
        return false;
    }
}
