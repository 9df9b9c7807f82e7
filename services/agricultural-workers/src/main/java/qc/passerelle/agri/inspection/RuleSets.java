package qc.passerelle.agri.inspection;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import qc.passerelle.contracts.EventJson;

/** Every rule set found as {@code rulesets/*.json}; a name without a version means its latest version. */
public final class RuleSets {

    private final Map<String, List<RuleSet>> byName;

    private RuleSets(List<RuleSet> all) {
        this.byName = all.stream().collect(Collectors.groupingBy(RuleSet::name, Collectors.collectingAndThen(
                Collectors.toList(), l -> l.stream().sorted(Comparator.comparingInt(RuleSet::version).reversed()).toList())));
    }

    public static RuleSets fromClasspath() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:rulesets/*.json");
            List<RuleSet> sets = new java.util.ArrayList<>();
            for (Resource resource : resources) {
                try (InputStream in = resource.getInputStream()) {
                    sets.add(EventJson.mapper().readValue(in, RuleSet.class));
                }
            }
            return new RuleSets(sets);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<RuleSet> latest(String name) {
        return Optional.ofNullable(byName.get(name)).map(versions -> versions.get(0));
    }

    public List<String> names() {
        return byName.keySet().stream().sorted().toList();
    }
}
