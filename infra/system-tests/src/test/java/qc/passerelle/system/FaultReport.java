package qc.passerelle.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import qc.passerelle.contracts.EventJson;

/** The suite's figures, as a table for whoever reads the build output and as JSON for the README and later runs. */
final class FaultReport {

    /** One fault and the load it was injected into, from the first command of the phase to a consistent view. */
    record Phase(String label, String fault, int workers, int commands, double faultAfterSeconds,
                 double faultSeconds, double recoverySeconds, double seconds, boolean converged,
                 ConsulateViews.Figures figures) {
    }

    private final List<Phase> phases = new ArrayList<>();
    private final Map<String, Object> totals = new LinkedHashMap<>();

    void phase(Phase phase) {
        phases.add(phase);
    }

    List<Phase> phases() {
        return List.copyOf(phases);
    }

    void total(String name, Object value) {
        totals.put(name, value);
    }

    String table() {
        StringBuilder out = new StringBuilder();
        String line = "+-------+---------------------------------------------+---------+----------+--------+----------+------+------------+-----------+-------------+\n";
        out.append("\nFault suite: ").append(totals.get("commandsSent")).append(" commands by ").append(LoadClients.CLIENTS)
                .append(" clients, ").append(phases.size()).append(" faults\n");
        out.append(line);
        out.append(String.format("| %-5s | %-43s | %7s | %8s | %6s | %8s | %4s | %10s | %9s | %11s |%n",
                "phase", "fault", "workers", "commands", "time s", "fault s", "lost", "duplicated", "out of or", "recovered s"));
        out.append(line);
        for (Phase p : phases) {
            out.append(String.format("| %-5s | %-43s | %7d | %8d | %6.1f | %8.1f | %4d | %10d | %9d | %11s |%n",
                    p.label(), cut(p.fault(), 43), p.figures().expectedWorkers(), p.commands(), p.seconds(),
                    p.faultSeconds(), p.figures().lost(), p.figures().duplicated(), p.figures().outOfOrder(),
                    p.converged() ? String.format("%.1f", p.recoverySeconds()) : "NEVER"));
        }
        out.append(line);
        totals.forEach((name, value) -> out.append(String.format("  %-22s %s%n", name, value)));
        for (Phase p : phases) {
            for (String example : p.figures().examples()) {
                out.append("  (").append(p.label()).append(") ").append(example).append('\n');
            }
        }
        return out.toString();
    }

    void write(Path file) {
        Map<String, Object> json = new LinkedHashMap<>(totals);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Phase p : phases) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("phase", p.label());
            row.put("fault", p.fault());
            row.put("workersPostedSoFar", p.figures().expectedWorkers());
            row.put("workersListed", p.figures().listedWorkers());
            row.put("commands", p.commands());
            row.put("faultAfterSeconds", round(p.faultAfterSeconds()));
            row.put("faultSeconds", round(p.faultSeconds()));
            row.put("recoverySeconds", p.converged() ? round(p.recoverySeconds()) : null);
            row.put("seconds", round(p.seconds()));
            row.put("converged", p.converged());
            row.put("lost", p.figures().lost());
            row.put("duplicated", p.figures().duplicated());
            row.put("outOfOrder", p.figures().outOfOrder());
            row.put("unexpected", p.figures().unexpected());
            row.put("examples", p.figures().examples());
            rows.add(row);
        }
        json.put("phases", rows);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, EventJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double round(double seconds) {
        return Math.round(seconds * 10) / 10.0;
    }

    private static String cut(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
