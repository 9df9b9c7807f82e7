package qc.passerelle.commonview.readmodel;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/**
 * How far a read model has come, as one number that only grows: the sum of the sequences it guards (fields named
 * {@code seq}) plus the number of values it holds. Every change a projection makes either raises a guarded sequence
 * (weighed far above any number of values) or adds a fact, so a summary derived from a later state of the same document carries a larger number. Summaries are
 * written with {@code $max} on {@code {v: <number>, ...}}: whatever order two writers reach the store in, the summary
 * of the latest state stays, and the same state always gives the same summary (ADR 0014).
 */
public final class Versions {

    /** A newer guarded state may hold fewer values than the one it replaces: its sequence must outweigh them. */
    private static final long SEQUENCE_WEIGHT = 1_000_000;
    /**
     * Links to the alerts about a view, added by the alerts' projection: they change no summary derived from the view,
     * and are not counted, so that when they arrive does not matter.
     */
    public static final String LINKS = "alertIds";

    private Versions() {
    }

    public static long of(Document doc) {
        return doc == null ? 0 : weigh(doc);
    }

    public static long of(Collection<Document> docs) {
        long total = 0;
        for (Document doc : docs) {
            total += of(doc);
        }
        return total;
    }

    private static long weigh(Object value) {
        if (value instanceof Map<?, ?> map) {
            long total = 0;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                Object member = entry.getValue();
                if (member == null) {
                    continue;
                }
                Object key = entry.getKey();
                if (member instanceof Map<?, ?> || member instanceof List<?>) {
                    if (!LINKS.equals(key)) {
                        total += weigh(member);
                    }
                } else if (member instanceof Number n && ("seq".equals(key) || "v".equals(key))) {
                    total += n.longValue() * SEQUENCE_WEIGHT;
                } else if (!LINKS.equals(key)) {
                    total++;
                }
            }
            return total;
        }
        if (value instanceof List<?> list) {
            long total = 0;
            for (Object item : list) {
                total += item instanceof Map<?, ?> || item instanceof List<?> ? weigh(item) : item == null ? 0 : 1;
            }
            return total;
        }
        return value == null ? 0 : 1;
    }
}
