package qc.passerelle.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Grafana dashboard queries only series the services really expose: Passerelle's own meters (found where the
 * sources register them, named as the Prometheus registry writes them) and the few Spring Boot and Micrometer series
 * that libs/web's test scrapes for real. A renamed meter turns a panel into "No data" silently; here it fails.
 */
class GrafanaDashboardTest {

    static final Path DASHBOARD = ManifestsMatchTheServicesTest.ROOT.resolve("infra/grafana/passerelle-dashboard.json");
    /** Boot's own series (HTTP server requests as a histogram, process, JVM), tagged application by libs/web. */
    static final Set<String> BOOT = Set.of("http_server_requests_seconds_count", "http_server_requests_seconds_sum",
            "http_server_requests_seconds_bucket", "http_server_requests_seconds_max", "process_uptime_seconds",
            "jvm_memory_used_bytes", "jvm_memory_max_bytes");
    private static final Pattern METER = Pattern.compile(
            "(Gauge|FunctionCounter|Counter|Timer|DistributionSummary)\\.builder\\(\\s*\"([a-z0-9.]+)\"(.*?)\\.register\\(",
            Pattern.DOTALL);
    private static final Pattern BASE_UNIT = Pattern.compile("\\.baseUnit\\(\"(\\w+)\"\\)");
    private static final Pattern SELECTOR = Pattern.compile("([a-z_][a-z0-9_]*)\\s*\\{");

    @Test
    void everyPanelQueriesSeriesTheServicesExpose() throws IOException {
        Set<String> exposed = new TreeSet<>(BOOT);
        exposed.addAll(registeredMeters());
        assertThat(exposed).contains("passerelle_outbox_pending", "passerelle_consumer_lag", "passerelle_outbox_published_total");

        List<String> unknown = new ArrayList<>();
        for (String expression : expressions()) {
            Matcher selector = SELECTOR.matcher(expression);
            boolean any = false;
            while (selector.find()) {
                any = true;
                if (!exposed.contains(selector.group(1))) {
                    unknown.add(selector.group(1) + " in " + expression);
                }
            }
            assertThat(any).as("a query without a series selector: " + expression).isTrue();
        }
        assertThat(unknown).as("series no service exposes").isEmpty();
    }

    @Test
    void theSeasonsFiguresCountTheCommandsAtTheirRealPaths() throws IOException {
        List<String> paths = new ArrayList<>();
        Pattern uri = Pattern.compile("uri=\"(/api/[^\"]+)\"");
        for (String expression : expressions()) {
            Matcher matcher = uri.matcher(expression);
            while (matcher.find()) {
                paths.add(matcher.group(1));
            }
        }
        assertThat(paths).isNotEmpty();
        List<String> controllers = controllers();
        for (String path : paths) {
            assertThat(controllers.stream().anyMatch(c -> maps(c, path))).as("a controller answering POST " + path).isTrue();
        }
    }

    /** The path is the class's {@code @RequestMapping} followed by a method's {@code @PostMapping}, or either alone. */
    private static boolean maps(String controller, String path) {
        if (controller.contains("@PostMapping(\"" + path + "\")")) {
            return true;
        }
        for (int i = 1; i <= path.length(); i++) {
            if (i < path.length() && path.charAt(i) != '/') {
                continue;
            }
            String prefix = path.substring(0, i);
            String suffix = path.substring(i);
            if (controller.contains("@RequestMapping(\"" + prefix + "\")")
                    && (suffix.isEmpty() ? Pattern.compile("@PostMapping\\s").matcher(controller).find()
                    : controller.contains("@PostMapping(\"" + suffix + "\")"))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> expressions() throws IOException {
        JsonNode dashboard = JsonMapper.builder().build().readTree(Files.readString(DASHBOARD));
        assertThat(dashboard.path("uid").asString()).isEqualTo("passerelle-overview");
        List<String> expressions = new ArrayList<>();
        for (JsonNode panel : dashboard.path("panels")) {
            for (JsonNode target : panel.path("targets")) {
                expressions.add(target.path("expr").asString());
            }
        }
        return expressions;
    }

    static Set<String> registeredMeters() throws IOException {
        Set<String> names = new TreeSet<>();
        for (Path file : mainSources()) {
            Matcher meter = METER.matcher(Files.readString(file));
            while (meter.find()) {
                String base = meter.group(2).replace('.', '_');
                Matcher unit = BASE_UNIT.matcher(meter.group(3));
                switch (meter.group(1)) {
                    case "Counter", "FunctionCounter" -> names.add(base + "_total");
                    case "Gauge" -> names.add(unit.find() ? base + "_" + unit.group(1) : base);
                    default -> {
                        String timed = base + (meter.group(1).equals("Timer") ? "_seconds" : "");
                        names.addAll(List.of(timed + "_count", timed + "_sum", timed + "_max", timed + "_bucket"));
                    }
                }
            }
        }
        return names;
    }

    private static List<String> controllers() throws IOException {
        List<String> controllers = new ArrayList<>();
        for (Path file : mainSources()) {
            String source = Files.readString(file);
            if (source.contains("@RestController") || source.contains("@Controller")) {
                controllers.add(source);
            }
        }
        return controllers;
    }

    private static List<Path> mainSources() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("libs", "services")) {
            try (Stream<Path> walk = Files.walk(ManifestsMatchTheServicesTest.ROOT.resolve(dir))) {
                walk.filter(f -> f.toString().endsWith(".java") && f.toString().contains("/src/main/java/")).forEach(files::add);
            }
        }
        return files;
    }
}
