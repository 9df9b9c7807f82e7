package qc.passerelle.commonview.alert;

import static qc.passerelle.commonview.agri.AgriReadModels.REPORTS;
import static qc.passerelle.commonview.agri.AgriReadModels.UNITS;
import static qc.passerelle.commonview.agri.AgriReadModels.WORKERS;

import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import qc.passerelle.commonview.readmodel.Versions;
import qc.passerelle.commonview.readmodel.ViewStore;
import qc.passerelle.commonview.readmodel.ViewTarget;
import qc.passerelle.commonview.readmodel.ViewWrites;
import qc.passerelle.commonview.readmodel.Views;
import qc.passerelle.contracts.MobilityEvent;
import qc.passerelle.contracts.alerts.ConditionReportUnanswered;
import qc.passerelle.contracts.alerts.DeficiencyOverdue;
import qc.passerelle.contracts.alerts.HousingOvercrowded;
import qc.passerelle.contracts.alerts.WorkerMissing;
import qc.passerelle.contracts.alerts.WorkersInNonCompliantHousing;
import qc.passerelle.messaging.consumer.BatchProjection;
import qc.passerelle.messaging.consumer.Delivered;

/**
 * Projects {@code mobility.alerts.v1}: each alert's facts as first raised (set on insert: the first event of an alert
 * id in topic order wins, so a second raise of the same cause, by a replayed outbox or another instance, changes
 * nothing), linked from
 * the view of its cause (the unit, worker or report keeps the ids of its alerts), then the status of every alert of
 * those causes brought up to date. A rebuild gets its alerts back from here, since it raises none itself.
 */
@Component
@Order(20)
class AlertProjection implements BatchProjection {

    private final ViewStore store;
    private final AlertStatus status;

    AlertProjection(ViewStore store, AlertStatus status) {
        this.store = store;
        this.status = status;
    }

    @Override
    public Set<Class<? extends MobilityEvent>> eventTypes() {
        return Set.of(WorkersInNonCompliantHousing.class, HousingOvercrowded.class, DeficiencyOverdue.class,
                ConditionReportUnanswered.class, WorkerMissing.class);
    }

    @Override
    public void apply(List<Delivered<?>> events) {
        ViewTarget target = store.target();
        ViewWrites writes = new ViewWrites(target);
        Set<String> units = new LinkedHashSet<>();
        Set<String> workers = new LinkedHashSet<>();
        Set<String> reports = new LinkedHashSet<>();
        for (Delivered<?> delivered : events) {
            Update facts = new Update().setOnInsert("type", delivered.envelope().eventType().name())
                    .setOnInsert("raisedAt", Date.from(delivered.envelope().time())).setOnInsert("eventId", delivered.envelope().id());
            String alertId;
            switch (delivered.event()) {
                case WorkersInNonCompliantHousing e -> {
                    alertId = e.alertId();
                    facts.setOnInsert("kind", AlertIds.NON_COMPLIANT).setOnInsert("housingUnitId", e.housingUnitId())
                            .setOnInsert("employerId", e.employerId()).setOnInsert("inspectionId", e.inspectionId())
                            .setOnInsert("eventWorkerIds", e.workerIds()).setOnInsert("citizenships", e.citizenships());
                    link(writes, UNITS, e.housingUnitId(), alertId, units);
                }
                case HousingOvercrowded e -> {
                    alertId = e.alertId();
                    facts.setOnInsert("kind", AlertIds.OVERCROWDED).setOnInsert("housingUnitId", e.housingUnitId())
                            .setOnInsert("employerId", e.employerId()).setOnInsert("approvedCapacity", e.approvedCapacity())
                            .setOnInsert("occupantsAtRaise", e.occupants()).setOnInsert("citizenships", e.citizenships());
                    link(writes, UNITS, e.housingUnitId(), alertId, units);
                }
                case DeficiencyOverdue e -> {
                    alertId = e.alertId();
                    facts.setOnInsert("kind", AlertIds.OVERDUE).setOnInsert("housingUnitId", e.housingUnitId())
                            .setOnInsert("employerId", e.employerId()).setOnInsert("deficiencyId", e.deficiencyId())
                            .setOnInsert("deadline", e.deadline().toString()).setOnInsert("citizenships", e.citizenships());
                    link(writes, UNITS, e.housingUnitId(), alertId, units);
                }
                case ConditionReportUnanswered e -> {
                    alertId = e.alertId();
                    facts.setOnInsert("kind", AlertIds.UNANSWERED).setOnInsert("reportId", e.reportId()).setOnInsert("workerId", e.workerId())
                            .setOnInsert("citizenship", e.citizenship()).setOnInsert("citizenships", List.of(e.citizenship()))
                            .setOnInsert("employerId", e.employerId()).setOnInsert("openSince", e.openSince().toString());
                    link(writes, REPORTS, e.reportId(), alertId, reports);
                }
                case WorkerMissing e -> {
                    alertId = e.alertId();
                    facts.setOnInsert("kind", AlertIds.MISSING).setOnInsert("workerId", e.workerId()).setOnInsert("citizenship", e.citizenship())
                            .setOnInsert("citizenships", List.of(e.citizenship())).setOnInsert("employerId", e.employerId())
                            .setOnInsert("lastSeenOn", e.lastSeenOn().toString());
                    link(writes, WORKERS, e.workerId(), alertId, workers);
                }
                default -> throw new IllegalArgumentException("not an alert: " + delivered.event());
            }
            writes.upsert(AlertReadModels.ALERTS, alertId, facts);
        }
        writes.execute();
        // every alert of a cause that gained one is refreshed: their versions must all see the same cause
        Set<String> alertIds = new LinkedHashSet<>();
        collect(target.byIds(UNITS, units), alertIds);
        collect(target.byIds(WORKERS, workers), alertIds);
        collect(target.byIds(REPORTS, reports), alertIds);
        status.refresh(alertIds);
    }

    private static void link(ViewWrites writes, String collection, String id, String alertId, Set<String> sources) {
        writes.upsert(collection, id, new Update().addToSet(Versions.LINKS, alertId));
        sources.add(id);
    }

    private static void collect(Map<String, Document> sources, Set<String> alertIds) {
        sources.values().forEach(source -> alertIds.addAll(Views.texts(source, Versions.LINKS)));
    }
}
