package qc.passerelle.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** A benchmark's figures, printed as a table and written as JSON under infra/bench/results. */
public final class Results {

    private final String benchmark;
    private final Map<String, Object> figures = new LinkedHashMap<>();

    public Results(String benchmark) {
        this.benchmark = benchmark;
        figures.put("benchmark", benchmark);
        figures.put("at", Instant.now().toString());
        figures.put("machine", Map.of("cores", Runtime.getRuntime().availableProcessors(),
                "java", System.getProperty("java.version"), "os", System.getProperty("os.name")));
    }

    public Results put(String name, Object value) {
        figures.put(name, value instanceof Double d ? Math.round(d * 100.0) / 100.0 : value);
        return this;
    }

    public Map<String, Object> figures() {
        return figures;
    }

    public Path write(Path folder) throws IOException {
        Files.createDirectories(folder);
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(Instant.now());
        Path file = folder.resolve(benchmark + "-" + stamp + ".json");
        JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        Files.writeString(file, mapper.writeValueAsString(figures));
        return file;
    }

    public void print() {
        System.out.println();
        System.out.printf("%-52s %s%n", "figure", "value");
        figures.forEach((name, value) -> {
            if (!name.equals("machine")) {
                System.out.printf("%-52s %s%n", name, value);
            }
        });
    }
}
