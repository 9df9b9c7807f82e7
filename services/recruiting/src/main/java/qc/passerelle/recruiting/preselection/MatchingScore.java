package qc.passerelle.recruiting.preselection;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An application's matching score, computed when it arrives and kept with it: the total, each factor's points and
 * reasons, and {@code points} by factor name (what lists filter on).
 */
public record MatchingScore(int total, int maxTotal, boolean recognitionRequired, Map<String, Integer> points,
                            List<FactorScore> factors) {

    static MatchingScore of(List<FactorScore> factors, boolean recognitionRequired) {
        Map<String, Integer> points = new LinkedHashMap<>();
        factors.forEach(f -> points.put(f.factor().name(), f.points()));
        return new MatchingScore(factors.stream().mapToInt(FactorScore::points).sum(),
                factors.stream().mapToInt(FactorScore::maxPoints).sum(), recognitionRequired, points, List.copyOf(factors));
    }

    public FactorScore factor(Factor factor) {
        return factors.stream().filter(f -> f.factor() == factor).findFirst().orElseThrow();
    }
}
