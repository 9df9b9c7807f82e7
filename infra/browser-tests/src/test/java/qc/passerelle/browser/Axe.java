package qc.passerelle.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import tools.jackson.databind.JsonNode;

/**
 * axe-core (vendored as a test resource from the npm package, see {@code axe-core/README.txt}) run inside the page
 * the browser shows: the automated part of an accessibility review.
 */
final class Axe {

    record Violation(String rule, String impact, String help, List<String> targets) {

        @Override
        public String toString() {
            return impact + " " + rule + " (" + help + ") at " + targets;
        }
    }

    private static final Set<String> BLOCKING = Set.of("serious", "critical");
    private static final String SOURCE = load();

    private Axe() {
    }

    /** The page's serious and critical violations, each with the CSS selectors of the elements at fault. */
    static List<Violation> seriousViolations(Browser browser) {
        browser.driver().executeScript(SOURCE);
        Object answer = browser.driver().executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations'] })
                  .then(function (results) { done(JSON.stringify(results.violations)); })
                  .catch(function (e) { done('axe failed: ' + e); });
                """);
        String json = String.valueOf(answer);
        if (!json.startsWith("[")) {
            throw new AssertionError(json);
        }
        List<Violation> violations = new ArrayList<>();
        for (JsonNode violation : JsonApi.JSON.readTree(json)) {
            String impact = violation.path("impact").asString();
            if (!BLOCKING.contains(impact)) {
                // worth a look, not a failure
                System.out.printf("axe-core, %s: %s (%d elements)%n", impact, violation.path("id").asString(),
                        violation.path("nodes").size());
                continue;
            }
            List<String> targets = StreamSupport.stream(violation.path("nodes").spliterator(), false)
                    .map(node -> node.path("target").toString())
                    .toList();
            violations.add(new Violation(violation.path("id").asString(), impact, violation.path("help").asString(),
                    targets));
        }
        return violations;
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe-core/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe-core/axe.min.js is missing from the test resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
