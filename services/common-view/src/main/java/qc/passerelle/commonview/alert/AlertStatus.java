package qc.passerelle.commonview.alert;

import static qc.passerelle.commonview.agri.AgriReadModels.REPORTS;
import static qc.passerelle.commonview.agri.AgriReadModels.UNITS;
import static qc.passerelle.commonview.agri.AgriReadModels.WORKERS;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.bson.Document;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import qc.passerelle.commonview.agri.Housing;
import qc.passerelle.commonview.agri.Reports;
import qc.passerelle.commonview.agri.Workers;
import qc.passerelle.commonview.change.Audience;
import qc.passerelle.commonview.change.Change;
import qc.passerelle.commonview.change.ChangeLog;
import qc.passerelle.commonview.readmodel.Keys;
import qc.passerelle.commonview.readmodel.Versions;
import qc.passerelle.commonview.readmodel.ViewStore;
import qc.passerelle.commonview.readmodel.ViewTarget;
import qc.passerelle.commonview.readmodel.ViewWrites;
import qc.passerelle.commonview.readmodel.Views;

/**
 * An alert's status now, derived from what it was raised for (its view's facts, from the event) and the view of its
 * cause as it is now: open while the cause holds, cleared with the reason once it ends (the unit passes a
 * re-inspection or is emptied, the capacity is respected again, the deficiency corrected, the report resolved, the
 * absent worker back, transferred or departed). The workers it concerns, each with a citizenship, decide which
 * consulates see it, and each consulate's inbox names only its own nationals. Written with {@code $max} on the
 * version of the alert and its cause, so it ends the same whatever order the events came in.
 */
@Component
public class AlertStatus {

    private final ViewStore store;
    private final ChangeLog changes;

    public AlertStatus(ViewStore store, ChangeLog changes) {
        this.store = store;
        this.changes = changes;
    }

    record Derived(boolean open, String clearedBecause, Map<String, String> workers, long sourceVersion) {
    }

    public void refresh(Collection<String> alertIds) {
        if (alertIds.isEmpty()) {
            return;
        }
        ViewTarget target = store.target();
        Map<String, Document> alerts = target.byIds(AlertReadModels.ALERTS, alertIds);
        Set<String> unitIds = new LinkedHashSet<>();
        Set<String> workerIds = new LinkedHashSet<>();
        Set<String> reportIds = new LinkedHashSet<>();
        alerts.values().forEach(alert -> {
            switch (kind(alert)) {
                case AlertIds.MISSING -> workerIds.add(alert.getString("workerId"));
                case AlertIds.UNANSWERED -> reportIds.add(alert.getString("reportId"));
                default -> unitIds.add(alert.getString("housingUnitId"));
            }
        });
        Map<String, Document> units = target.byIds(UNITS, unitIds);
        Map<String, Document> workers = target.byIds(WORKERS, workerIds);
        Map<String, Document> reports = target.byIds(REPORTS, reportIds);

        ViewWrites writes = new ViewWrites(target);
        List<Change> changed = new ArrayList<>();
        for (Document alert : alerts.values()) {
            Derived derived = switch (kind(alert)) {
                case AlertIds.MISSING -> missing(alert, workers.get(alert.getString("workerId")));
                case AlertIds.UNANSWERED -> unanswered(alert, reports.get(alert.getString("reportId")));
                case AlertIds.NON_COMPLIANT -> nonCompliant(alert, units.get(alert.getString("housingUnitId")));
                case AlertIds.OVERCROWDED -> overcrowded(alert, units.get(alert.getString("housingUnitId")));
                default -> overdue(alert, units.get(alert.getString("housingUnitId")));
            };
            write(alert, derived, writes, changed);
        }
        writes.execute();
        changes.append(AlertChanges.withNames(target, changed));
    }

    private static String kind(Document alert) {
        return alert.getString("kind") == null ? "" : alert.getString("kind");
    }

    private void write(Document alert, Derived derived, ViewWrites writes, List<Change> changed) {
        String alertId = alert.getString("_id");
        Document facts = new Document(alert);
        Document before = (Document) facts.remove("status");
        long version = Versions.of(facts) + derived.sourceVersion();
        TreeSet<String> countries = new TreeSet<>(Views.texts(alert, "citizenships"));
        derived.workers().values().stream().filter(Objects::nonNull).forEach(countries::add);
        List<Document> workers = new ArrayList<>();
        derived.workers().forEach((id, country) -> workers.add(new Document("workerId", id).append("citizenship", country)));
        Document status = new Document("open", derived.open()).append("clearedBecause", derived.clearedBecause())
                .append("workers", workers).append("countries", List.copyOf(countries));
        writes.upsert(AlertReadModels.ALERTS, alertId, new Update().max("status", versioned(version, status)));

        boolean same = before != null && withoutVersion(before).equals(status);
        Set<String> audiences = new LinkedHashSet<>();
        audiences.add(Audience.MIFI);
        if (alert.getString("employerId") != null) {
            audiences.add(Audience.employer(alert.getString("employerId")));
        }
        countries.forEach(country -> audiences.add(Audience.consulate(country)));
        for (String audience : audiences) {
            Document entry = AlertEntries.entry(facts, status, audience);
            writes.entry(AlertReadModels.INBOXES, AlertReadModels.inbox(audience, alertId), "alerts." + Keys.field(alertId),
                    version, entry);
            if (!same) {
                changed.add(new Change(audience, "alert", alertId, entry));
            }
        }
    }

    private static Document versioned(long version, Document status) {
        Document value = new Document("v", version);
        value.putAll(status);
        return value;
    }

    private static Document withoutVersion(Document status) {
        Document copy = new Document(status);
        copy.remove("v");
        return copy;
    }

    private static Derived nonCompliant(Document alert, Document unit) {
        String inspectionId = alert.getString("inspectionId");
        Map<String, String> workers = new TreeMap<>();
        Views.texts(alert, "eventWorkerIds").forEach(id -> workers.put(id, null));
        if (unit == null) {
            return new Derived(false, null, workers, 0);
        }
        Document latest = Housing.latest(unit);
        Map<String, Document> present = Housing.present(unit);
        Map<String, Document> occupants = Views.entries(unit, "occupants");
        workers.replaceAll((id, none) -> occupants.containsKey(id) ? occupants.get(id).getString("citizenship") : null);
        Housing.concernedBy(unit, inspectionId).forEach(o -> workers.put(o.getString("workerId"), o.getString("citizenship")));
        boolean stillLatest = latest != null && inspectionId.equals(latest.getString("inspectionId"));
        boolean open = stillLatest && "NON_COMPLIANT".equals(latest.getString("result")) && !present.isEmpty();
        String cleared = open || latest == null ? null
                : !stillLatest ? ("COMPLIANT".equals(latest.getString("result")) ? "REINSPECTION_PASSED" : "REINSPECTED")
                : "UNIT_EMPTY";
        return new Derived(open, cleared, workers, Versions.of(unit));
    }

    private static Derived overcrowded(Document alert, Document unit) {
        if (unit == null) {
            return new Derived(false, null, Map.of(), 0);
        }
        long capacity = Views.number(alert, "approvedCapacity");
        Document latest = Housing.latest(unit);
        Map<String, Document> present = Housing.present(unit);
        boolean sameCapacity = latest != null && Views.number(latest, "approvedCapacity") == capacity;
        boolean open = sameCapacity && present.size() > capacity;
        Map<String, String> workers = new TreeMap<>();
        if (open) {
            present.forEach((id, o) -> workers.put(id, o.getString("citizenship")));
        }
        return new Derived(open, open ? null : sameCapacity ? "WITHIN_CAPACITY" : "CAPACITY_CHANGED", workers,
                Versions.of(unit));
    }

    private static Derived overdue(Document alert, Document unit) {
        if (unit == null) {
            return new Derived(false, null, Map.of(), 0);
        }
        String deficiencyId = alert.getString("deficiencyId");
        String deadline = alert.getString("deadline");
        boolean open = Housing.openDeficiencies(unit).stream()
                .anyMatch(d -> deficiencyId.equals(d.getString("deficiencyId")) && deadline.equals(d.getString("deadline")));
        Map<String, String> workers = new TreeMap<>();
        if (open) {
            Housing.present(unit).forEach((id, o) -> workers.put(id, o.getString("citizenship")));
        }
        return new Derived(open, open ? null : "CORRECTED_OR_REINSPECTED", workers, Versions.of(unit));
    }

    private static Derived unanswered(Document alert, Document report) {
        Map<String, String> workers = new TreeMap<>();
        workers.put(alert.getString("workerId"), alert.getString("citizenship"));
        if (report == null) {
            return new Derived(false, null, workers, 0);
        }
        boolean open = Reports.open(report);
        return new Derived(open, open ? null : "RESOLVED", workers, Versions.of(report));
    }

    private static Derived missing(Document alert, Document worker) {
        Map<String, String> workers = new TreeMap<>();
        workers.put(alert.getString("workerId"), alert.getString("citizenship"));
        if (worker == null) {
            return new Derived(false, null, workers, 0);
        }
        Document state = Workers.state(worker);
        boolean open = "ABSENT".equals(state.getString("status"))
                && Objects.equals(alert.getString("lastSeenOn"), state.getString("lastSeenOn"));
        String cleared = null;
        if (!open) {
            List<Document> steps = Workers.timeline(worker);
            String last = steps.isEmpty() ? "" : steps.get(steps.size() - 1).getString("type");
            cleared = switch (last) {
                case "WorkerArrived" -> "WORKER_BACK";
                case "WorkerTransferred" -> "WORKER_TRANSFERRED";
                case "WorkerDeparted" -> "WORKER_DEPARTED";
                default -> null;
            };
        }
        return new Derived(open, cleared, workers, Versions.of(worker));
    }

    static Map<String, Document> byKey(Map<String, Document> map) {
        return new LinkedHashMap<>(map);
    }
}
