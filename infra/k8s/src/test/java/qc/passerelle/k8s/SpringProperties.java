package qc.passerelle.k8s;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every property the services can bind: Spring Boot's (from the configuration metadata of the modules on their class
 * path), Passerelle's own {@code @ConfigurationProperties} records (found in the sources, read by reflection), and what
 * the services' {@code application.yml} files set. An environment variable binds to one of them by Spring's relaxed
 * rules (upper case, underscores for dots, dashes dropped) or to nothing at all.
 */
final class SpringProperties {

    private static final Pattern PREFIX = Pattern.compile("@ConfigurationProperties\\(\"([a-z0-9.-]+)\"\\)");
    private static final Pattern RECORD = Pattern.compile("public record (\\w+)\\(");
    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);

    private final Set<String> canonical = new HashSet<>();
    private final Set<String> canonicalMapPrefixes = new HashSet<>();

    static SpringProperties of(Path root, Iterable<ServiceConfig> services) {
        SpringProperties properties = new SpringProperties();
        properties.readMetadata();
        properties.readPropertiesRecords(root.resolve("libs"));
        properties.readPropertiesRecords(root.resolve("services"));
        services.forEach(s -> s.properties().keySet().forEach(properties::add));
        return properties;
    }

    /** Whether Spring binds this environment variable to a property some service reads. */
    boolean binds(String environmentVariable) {
        String name = environmentVariable.replace("_", "").toLowerCase(Locale.ROOT);
        return canonical.contains(name) || canonicalMapPrefixes.stream().anyMatch(name::startsWith);
    }

    int size() {
        return canonical.size();
    }

    private void add(String property) {
        canonical.add(canonical(property));
    }

    private static String canonical(String property) {
        return property.replace(".", "").replace("-", "").toLowerCase(Locale.ROOT);
    }

    private void readMetadata() {
        JsonMapper json = JsonMapper.builder().build();
        try {
            Enumeration<URL> files = getClass().getClassLoader().getResources("META-INF/spring-configuration-metadata.json");
            while (files.hasMoreElements()) {
                try (InputStream in = files.nextElement().openStream()) {
                    for (JsonNode property : json.readTree(in).path("properties")) {
                        String name = property.path("name").asString();
                        add(name);
                        if (property.path("type").asString().startsWith("java.util.Map")) {
                            canonicalMapPrefixes.add(canonical(name));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void readPropertiesRecords(Path sources) {
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java") && f.toString().contains("/src/main/")).toList()) {
                String source = Files.readString(file);
                Matcher prefix = PREFIX.matcher(source);
                Matcher record = RECORD.matcher(source);
                Matcher pkg = PACKAGE.matcher(source);
                if (prefix.find() && record.find() && pkg.find()) {
                    try {
                        addRecord(prefix.group(1), Class.forName(pkg.group(1) + "." + record.group(1)));
                    } catch (ClassNotFoundException e) {
                        // a library no service depends on (test support): nothing a deployment can set
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void addRecord(String prefix, Class<?> type) {
        for (RecordComponent component : type.getRecordComponents()) {
            String name = prefix + "." + kebab(component.getName());
            if (component.getType().isRecord()) {
                addRecord(name, component.getType());
            } else {
                add(name);
            }
        }
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
