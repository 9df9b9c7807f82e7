package qc.passerelle.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a load did: per kind of record, how many the season has, how many this run created (0 on a second run) and
 * how many commands failed; and what was skipped, with why.
 */
public final class DemoReport {

    /** One kind of record: {@code wanted} by the season, {@code added} by this run, {@code total} known afterwards. */
    public record Line(String kind, int wanted, long added, long total, int failed) {
    }

    private final Map<String, Line> lines = new LinkedHashMap<>();
    private final List<String> skipped = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();

    synchronized void line(String kind, int wanted, long added, long total, int failed) {
        lines.put(kind, new Line(kind, wanted, added, total, failed));
    }

    synchronized void skipped(String what) {
        skipped.add(what);
    }

    synchronized void failure(String what) {
        if (failures.size() < 20) {
            failures.add(what);
        }
    }

    public synchronized List<Line> lines() {
        return List.copyOf(lines.values());
    }

    public synchronized Line line(String kind) {
        return lines.get(kind);
    }

    public synchronized List<String> skipped() {
        return Collections.unmodifiableList(new ArrayList<>(skipped));
    }

    public synchronized List<String> failures() {
        return Collections.unmodifiableList(new ArrayList<>(failures));
    }

    /** Nothing was created by this run: everything it names was there already. */
    public synchronized boolean nothingNew() {
        return lines.values().stream().allMatch(line -> line.added() == 0);
    }

    public synchronized long added() {
        return lines.values().stream().mapToLong(Line::added).sum();
    }

    /** The table printed at the end of {@code ./passerelle demo}. */
    public synchronized String describe() {
        StringBuilder text = new StringBuilder();
        text.append(String.format("%-60s %8s %8s %8s%n", "Chargé / loaded", "saison", "nouveaux", "total"));
        for (Line line : lines.values()) {
            text.append(String.format("%-60s %8d %8d %8s%s%n", line.kind(), line.wanted(), line.added(),
                    line.total() < 0 ? "?" : Long.toString(line.total()),
                    line.failed() > 0 ? "   (" + line.failed() + " en échec / failed)" : ""));
        }
        if (lines.isEmpty()) {
            text.append("(rien / nothing)\n");
        } else if (nothingNew()) {
            text.append("Rien de nouveau : la saison était déjà chargée. / Nothing new: the season was already loaded.\n");
        }
        for (String what : skipped) {
            text.append("Omis / skipped: ").append(what).append('\n');
        }
        for (String what : failures) {
            text.append("Échec / failed: ").append(what).append('\n');
        }
        return text.toString();
    }
}
