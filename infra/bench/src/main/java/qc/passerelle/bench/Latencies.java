package qc.passerelle.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Latencies in milliseconds, kept whole so that percentiles are exact. */
public final class Latencies {

    private final List<Double> millis = Collections.synchronizedList(new ArrayList<>());

    public void add(long nanos) {
        millis.add(nanos / 1_000_000.0);
    }

    public int count() {
        return millis.size();
    }

    public double percentile(double p) {
        List<Double> sorted;
        synchronized (millis) {
            sorted = new ArrayList<>(millis);
        }
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
