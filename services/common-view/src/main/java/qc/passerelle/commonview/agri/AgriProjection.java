package qc.passerelle.commonview.agri;

import static qc.passerelle.commonview.agri.AgriReadModels.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.bson.Document;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import qc.passerelle.commonview.change.Audience;
import qc.passerelle.commonview.change.Change;
import qc.passerelle.commonview.change.ChangeLog;
import qc.passerelle.commonview.readmodel.Deferred;
import qc.passerelle.commonview.readmodel.Keys;
import qc.passerelle.commonview.readmodel.Versions;
import qc.passerelle.commonview.readmodel.ViewStore;
import qc.passerelle.commonview.readmodel.ViewTarget;
import qc.passerelle.commonview.readmodel.ViewWrites;
import qc.passerelle.commonview.readmodel.Views;
import qc.passerelle.contracts.MobilityEvent;
import qc.passerelle.contracts.agriworkers.ConditionReportFiled;
import qc.passerelle.contracts.agriworkers.ConditionReportResolved;
import qc.passerelle.contracts.agriworkers.Deficiency;
import qc.passerelle.contracts.agriworkers.HousingDeficiencyCorrected;
import qc.passerelle.contracts.agriworkers.HousingInspected;
import qc.passerelle.contracts.agriworkers.HousingUnitRegistered;
import qc.passerelle.contracts.agriworkers.LabourRequestSubmitted;
import qc.passerelle.contracts.agriworkers.WorkerAbsent;
import qc.passerelle.contracts.agriworkers.WorkerArrived;
import qc.passerelle.contracts.agriworkers.WorkerDeparted;
import qc.passerelle.contracts.agriworkers.WorkerTransferred;
import qc.passerelle.messaging.consumer.BatchProjection;
import qc.passerelle.messaging.consumer.Delivered;

/**
 * Projects {@code mobility.agri-workers.v1}, a batch at a time, in three rounds of bulk writes by {@code _id}:
 * <ol>
 *   <li>each event into its aggregate's view (worker, unit, report): facts whatever the order, state with the
 *       sequence guard, one history step per event id; and the facts of per-scope documents (a country's week,
 *       an employer's labour requests);</li>
 *   <li>the workers' views, read back, into the per-scope entries they feed (their country's nationals, each
 *       employer and unit they were ever seen with);</li>
 *   <li>the units and reports, read back, into the season's unit summaries, employers' units, the deadlines to watch
 *       and each country's reports.</li>
 * </ol>
 * Every derived entry is a function of its source view's current state, written with {@code $max} on the view's
 * version: a batch seen again rewrites the same entries, and a live run and a rebuild end in the same documents. A
 * rebuild's replay runs rounds two and three once, at its end ({@link Deferred}).
 */
@Component
@Order(10)
public class AgriProjection implements BatchProjection {

    /** The views a rebuild derives from in one round of writes, at the end of its replay. */
    private static final int DERIVED_PER_ROUND = 5000;

    private final ViewStore store;
    private final ChangeLog changes;
    private final List<AgriListener> listeners;

    public AgriProjection(ViewStore store, ChangeLog changes, List<AgriListener> listeners) {
        this.store = store;
        this.changes = changes;
        this.listeners = List.copyOf(listeners);
    }

    @Override
    public Set<Class<? extends MobilityEvent>> eventTypes() {
        return Set.of(LabourRequestSubmitted.class, HousingUnitRegistered.class, HousingInspected.class,
                HousingDeficiencyCorrected.class, WorkerArrived.class, WorkerTransferred.class, WorkerAbsent.class,
                WorkerDeparted.class, ConditionReportFiled.class, ConditionReportResolved.class);
    }

    @Override
    public void apply(List<Delivered<?>> events) {
        ViewTarget target = store.target();
        Deferred deferred = store.deferred();
        Touched touched = deferred == null ? new Touched() : deferred.state(this, Touched::new, all -> deriveOnce(target, all));
        ViewWrites views = new ViewWrites(target);
        for (Delivered<?> delivered : events) {
            write(delivered, views, touched);
        }
        views.execute();
        if (deferred == null) {
            AgriBatch batch = derive(target, touched);
            changes.append(changes(events, batch));
        }
    }

    /** Rounds two and three over what the batch touched, then the listeners. */
    private AgriBatch derive(ViewTarget target, Touched touched) {
        Map<String, Document> workers = target.byIds(WORKERS, touched.workers);
        deriveFromWorkers(target, workers, touched);
        Map<String, Document> units = target.byIds(UNITS, touched.units);
        Map<String, Document> reports = target.byIds(REPORTS, touched.reports);
        deriveFromUnitsAndReports(target, units, reports);
        AgriBatch batch = new AgriBatch(workers, units, reports);
        listeners.forEach(listener -> listener.afterBatch(batch));
        return batch;
    }

    /**
     * The same rounds once, over everything a rebuild's replay touched, as the replay left it, a part of the views
     * at a time (so that a whole season's pending writes need not be held at once): every worker first, then the
     * units they fed and the reports, then the listeners. Nothing goes to the live streams while replaying.
     */
    private void deriveOnce(ViewTarget target, Touched touched) {
        inParts(target, WORKERS, touched.workers, (workers, entries) ->
                workers.forEach((id, worker) -> deriveFromWorker(id, worker, entries, touched)));
        inParts(target, UNITS, touched.units, (units, summaries) -> units.forEach((id, unit) -> deriveFromUnit(id, unit, summaries)));
        inParts(target, REPORTS, touched.reports, (reports, summaries) ->
                reports.forEach((id, report) -> deriveFromReport(id, report, summaries)));
        for (List<String> ids : parts(touched.workers)) {
            AgriBatch part = new AgriBatch(target.byIds(WORKERS, ids), Map.of(), Map.of());
            listeners.forEach(listener -> listener.afterBatch(part));
        }
        for (List<String> ids : parts(touched.units)) {
            AgriBatch part = new AgriBatch(Map.of(), target.byIds(UNITS, ids), Map.of());
            listeners.forEach(listener -> listener.afterBatch(part));
        }
        for (List<String> ids : parts(touched.reports)) {
            AgriBatch part = new AgriBatch(Map.of(), Map.of(), target.byIds(REPORTS, ids));
            listeners.forEach(listener -> listener.afterBatch(part));
        }
    }

    /**
     * Derives from the views of {@code collection}, a part at a time. A part's writes go out once the next part's views
     * are read, which they could not change (no derivation writes the views it derives from): a store that applies
     * writes behind (a rebuild's scratch store) applies them while the next part is derived.
     */
    private static void inParts(ViewTarget target, String collection, Set<String> ids,
                                BiConsumer<Map<String, Document>, ViewWrites> derive) {
        ViewWrites previous = null;
        for (List<String> part : parts(ids)) {
            Map<String, Document> views = target.byIds(collection, part);
            if (previous != null) {
                previous.execute();
            }
            previous = new ViewWrites(target);
            derive.accept(views, previous);
        }
        if (previous != null) {
            previous.execute();
        }
    }

    private static List<List<String>> parts(Set<String> ids) {
        List<String> all = List.copyOf(ids);
        List<List<String>> parts = new ArrayList<>();
        for (int from = 0; from < all.size(); from += DERIVED_PER_ROUND) {
            parts.add(all.subList(from, Math.min(all.size(), from + DERIVED_PER_ROUND)));
        }
        return parts;
    }

    private void deriveFromWorkers(ViewTarget target, Map<String, Document> workers, Touched touched) {
        ViewWrites entries = new ViewWrites(target);
        workers.forEach((id, worker) -> deriveFromWorker(id, worker, entries, touched));
        entries.execute();
    }

    private void deriveFromUnitsAndReports(ViewTarget target, Map<String, Document> units, Map<String, Document> reports) {
        ViewWrites summaries = new ViewWrites(target);
        units.forEach((id, unit) -> deriveFromUnit(id, unit, summaries));
        reports.forEach((id, report) -> deriveFromReport(id, report, summaries));
        summaries.execute();
    }

    private static final class Touched {
        final Set<String> workers = new LinkedHashSet<>();
        final Set<String> units = new LinkedHashSet<>();
        final Set<String> reports = new LinkedHashSet<>();
    }

    private void write(Delivered<?> delivered, ViewWrites views, Touched touched) {
        switch (delivered.event()) {
            case WorkerArrived e -> {
                Update facts = new Update().set("givenName", e.givenName()).set("familyName", e.familyName())
                        .set("birthYear", e.birthYear());
                ViewWrites.guarded(facts, "arrival", delivered.sequence(), new Document("season", e.season())
                        .append("arrivalDate", e.arrivalDate().toString()).append("stream", e.stream().name())
                        .append("flightNumber", e.flightNumber()).append("returning", e.returning())
                        .append("employerId", e.employerId()).append("housingUnitId", e.housingUnitId()));
                worker(delivered, views, touched, e.employerId(), e.housingUnitId(), List.of(e.employerId()), facts,
                        state("PRESENT", e.employerId(), e.housingUnitId(), delivered, null, null));
                week(views, e.citizenship(), e.arrivalDate(), "arrivals", e.workerId(), new Document("workerId", e.workerId())
                        .append("season", e.season()).append("date", e.arrivalDate().toString())
                        .append("employerId", e.employerId()).append("housingUnitId", e.housingUnitId())
                        .append("stream", e.stream().name()));
            }
            case WorkerTransferred e -> {
                worker(delivered, views, touched, e.toEmployerId(), e.toHousingUnitId(),
                        List.of(e.fromEmployerId(), e.toEmployerId()), new Update(),
                        state("PRESENT", e.toEmployerId(), e.toHousingUnitId(), delivered, null, null));
                week(views, e.citizenship(), e.transferDate(), "transfers", e.workerId(), new Document("workerId", e.workerId())
                        .append("date", e.transferDate().toString()).append("fromEmployerId", e.fromEmployerId())
                        .append("toEmployerId", e.toEmployerId()).append("housingUnitId", e.toHousingUnitId()));
            }
            case WorkerAbsent e -> {
                worker(delivered, views, touched, e.employerId(), e.housingUnitId(), List.of(e.employerId()), new Update(),
                        state("ABSENT", e.employerId(), e.housingUnitId(), delivered, e.lastSeenOn().toString(), null));
                week(views, e.citizenship(), e.lastSeenOn(), "absences", e.workerId(), new Document("workerId", e.workerId())
                        .append("lastSeenOn", e.lastSeenOn().toString()).append("employerId", e.employerId())
                        .append("housingUnitId", e.housingUnitId()));
            }
            case WorkerDeparted e -> {
                worker(delivered, views, touched, e.employerId(), null, List.of(e.employerId()), new Update(),
                        state("DEPARTED", e.employerId(), null, delivered, null, e.departureDate().toString()));
                week(views, e.citizenship(), e.departureDate(), "departures", e.workerId(), new Document("workerId", e.workerId())
                        .append("date", e.departureDate().toString()).append("employerId", e.employerId())
                        .append("reason", e.reason().name()));
            }
            case HousingUnitRegistered e -> {
                touched.units.add(e.housingUnitId());
                views.upsert(UNITS, e.housingUnitId(), step(delivered, new Update().set("employerId", e.employerId())
                        .set("address", e.address()).set("region", e.region()).set("roomCount", e.roomCount())
                        .set("bedCount", e.bedCount())));
            }
            case HousingInspected e -> {
                touched.units.add(e.housingUnitId());
                Date time = Date.from(delivered.envelope().time());
                Update update = new Update().set("employerId", e.employerId())
                        .set("inspections." + Keys.field(e.inspectionId()), new Document("seq", delivered.sequence())
                                .append("inspectionId", e.inspectionId()).append("result", e.result().name())
                                .append("approvedCapacity", e.approvedCapacity())
                                .append("inspectedOn", e.inspectedOn().toString()).append("time", time));
                for (Deficiency d : e.deficiencies()) {
                    update.set("deficiencies." + Keys.field(Housing.deficiencyKey(e.inspectionId(), d.deficiencyId())),
                            new Document("deficiencyId", d.deficiencyId()).append("inspectionId", e.inspectionId())
                                    .append("rule", d.rule()).append("expected", d.expected())
                                    .append("observed", d.observed()).append("deadline", d.deadline().toString()));
                }
                ViewWrites.guarded(update, "inspection", delivered.sequence(), new Document("inspectionId", e.inspectionId())
                        .append("result", e.result().name()).append("approvedCapacity", e.approvedCapacity())
                        .append("inspectedOn", e.inspectedOn().toString()).append("time", time)
                        .append("ruleSet", e.ruleSet()).append("ruleSetVersion", e.ruleSetVersion())
                        .append("inspectorId", e.inspectorId()));
                views.upsert(UNITS, e.housingUnitId(), step(delivered, update));
            }
            case HousingDeficiencyCorrected e -> {
                touched.units.add(e.housingUnitId());
                views.upsert(UNITS, e.housingUnitId(), step(delivered, new Update().set("corrected."
                        + Keys.field(Housing.deficiencyKey(e.inspectionId(), e.deficiencyId())), new Document("inspectionId",
                        e.inspectionId()).append("deficiencyId", e.deficiencyId()).append("correctedOn", e.correctedOn().toString()))));
            }
            case ConditionReportFiled e -> {
                touched.reports.add(e.reportId());
                Update update = new Update().set("workerId", e.workerId()).set("citizenship", e.citizenship())
                        .set("employerId", e.employerId()).set("housingUnitId", e.housingUnitId())
                        .set("filedBy", e.filedBy().name()).set("category", e.category().name())
                        .set("language", e.language().name()).set("filedAt", Date.from(delivered.envelope().time()));
                views.upsert(REPORTS, e.reportId(), step(delivered, ViewWrites.guarded(update, "state", delivered.sequence(),
                        new Document("status", "OPEN").append("resolvedOn", null))));
            }
            case ConditionReportResolved e -> {
                touched.reports.add(e.reportId());
                Update update = new Update().set("workerId", e.workerId()).set("citizenship", e.citizenship())
                        .set("employerId", e.employerId());
                views.upsert(REPORTS, e.reportId(), step(delivered, ViewWrites.guarded(update, "state", delivered.sequence(),
                        new Document("status", "RESOLVED").append("resolvedOn", e.resolvedOn().toString()))));
            }
            case LabourRequestSubmitted e -> views.upsert(EMPLOYERS, e.employerId(), new Update()
                    .set("requests." + Keys.field(e.labourRequestId()), new Document("labourRequestId", e.labourRequestId())
                            .append("season", e.season()).append("stream", e.stream().name())
                            .append("positions", e.positions()).append("sendingCountries", e.sendingCountries())
                            .append("arrivalWindowStart", e.arrivalWindowStart().toString())
                            .append("arrivalWindowEnd", e.arrivalWindowEnd().toString())
                            .append("housingUnitIds", e.housingUnitIds())));
            default -> throw new IllegalArgumentException("not an agri-workers event: " + delivered.event());
        }
    }

    private static Document state(String status, String employerId, String unitId, Delivered<?> delivered,
                                  String lastSeenOn, String departureDate) {
        return new Document("status", status).append("employerId", employerId).append("housingUnitId", unitId)
                .append("since", Date.from(delivered.envelope().time())).append("lastSeenOn", lastSeenOn)
                .append("departureDate", departureDate);
    }

    /** A worker event: facts, the guarded state, the step of the timeline, the employers and unit it names. */
    private static void worker(Delivered<?> delivered, ViewWrites views, Touched touched, String employerId,
                               String unitId, List<String> employers, Update facts, Document state) {
        String workerId = delivered.aggregateId();
        touched.workers.add(workerId);
        String citizenship = switch (delivered.event()) {
            case WorkerArrived e -> e.citizenship();
            case WorkerTransferred e -> e.citizenship();
            case WorkerAbsent e -> e.citizenship();
            case WorkerDeparted e -> e.citizenship();
            default -> null;
        };
        facts.set("citizenship", citizenship);
        facts.addToSet("history", new Document("eventId", delivered.envelope().id())
                .append("type", delivered.envelope().eventType().name())
                .append("time", Date.from(delivered.envelope().time())).append("sequence", delivered.sequence())
                .append("employerId", employerId).append("housingUnitId", unitId).append("employers", employers));
        facts.addToSet("seenEmployers").each(new LinkedHashSet<>(employers).toArray());
        if (unitId != null) {
            facts.addToSet("seenUnits", unitId);
        }
        views.upsert(WORKERS, workerId, ViewWrites.guarded(facts, "state", delivered.sequence(), state));
    }

    /** The unit's or report's own history: one step per event id. */
    private static Update step(Delivered<?> delivered, Update update) {
        return update.addToSet("history", new Document("eventId", delivered.envelope().id())
                .append("type", delivered.envelope().eventType().name())
                .append("time", Date.from(delivered.envelope().time())).append("sequence", delivered.sequence()));
    }

    private static void week(ViewWrites views, String country, java.time.LocalDate date, String field, String workerId,
                             Document fact) {
        String week = Keys.week(date);
        views.upsert(COUNTRY_WEEKS, WEEK_BUCKETS.of(countryWeek(country, week), workerId), new Update()
                .set("country", country).set("week", week).set(field + "." + Keys.field(workerId), fact));
    }

    private void deriveFromWorker(String workerId, Document worker, ViewWrites entries, Touched touched) {
        long version = Versions.of(worker);
        String citizenship = worker.getString("citizenship");
        String key = Keys.field(workerId);
        if (citizenship != null) {
            String bucket = NATIONAL_BUCKETS.of(citizenship, workerId);
            entries.fact(NATIONALS, bucket, "country", citizenship);
            entries.entry(NATIONALS, bucket, "members." + key, version, Workers.national(workerId, worker));
        }
        for (String employerId : Views.texts(worker, "seenEmployers")) {
            entries.entry(EMPLOYERS, employerId, "workers." + key, version, Workers.ofEmployer(workerId, worker, employerId));
        }
        for (String unitId : Views.texts(worker, "seenUnits")) {
            touched.units.add(unitId);
            entries.entry(UNITS, unitId, "occupants." + key, version, Workers.occupant(workerId, worker, unitId));
        }
    }

    private void deriveFromUnit(String unitId, Document unit, ViewWrites summaries) {
        long version = Versions.of(unit);
        Document summary = Housing.summary(unitId, unit);
        String key = Keys.field(unitId);
        summaries.entry(HOUSING_SUMMARY, SUMMARY_BUCKETS.of(HOUSING_SUMMARY_ID, unitId), "units." + key, version, summary);
        String employerId = unit.getString("employerId");
        if (employerId != null) {
            summaries.entry(EMPLOYERS, employerId, "units." + key, version, summary);
        }
        Document latest = Housing.latest(unit);
        for (Document deficiency : Views.entries(unit, "deficiencies").values()) {
            String inspectionId = deficiency.getString("inspectionId");
            String deficiencyId = deficiency.getString("deficiencyId");
            boolean open = latest != null && inspectionId.equals(latest.getString("inspectionId"))
                    && !Housing.corrected(unit, inspectionId, deficiencyId);
            String deadline = deficiency.getString("deadline");
            summaries.entry(DEFICIENCY_DEADLINES, SUMMARY_BUCKETS.of(deadline.substring(0, 4), unitId), "deficiencies."
                    + Keys.field(unitId + "/" + Housing.deficiencyKey(inspectionId, deficiencyId)), version,
                    new Document("housingUnitId", unitId).append("employerId", employerId)
                            .append("inspectionId", inspectionId).append("deficiencyId", deficiencyId)
                            .append("deadline", deadline).append("open", open)
                            .append("occupants", Housing.present(unit).size()));
        }
    }

    private void deriveFromReport(String reportId, Document report, ViewWrites summaries) {
        String citizenship = report.getString("citizenship");
        if (citizenship == null) {
            return;
        }
        summaries.entry(COUNTRY_REPORTS, citizenship, "reports." + Keys.field(reportId), Versions.of(report),
                Reports.summary(reportId, report));
        summaries.fact(COUNTRY_REPORTS, citizenship, "country", citizenship);
    }

    /** What the live streams carry: each audience's own part of what this batch changed. */
    private static List<Change> changes(List<Delivered<?>> events, AgriBatch batch) {
        List<Change> out = new ArrayList<>();
        Set<String> unitsDone = new LinkedHashSet<>();
        Set<String> reportsDone = new LinkedHashSet<>();
        for (Delivered<?> delivered : events) {
            String id = delivered.aggregateId();
            switch (delivered.event()) {
                case WorkerArrived e -> workerChange(out, id, batch.workers().get(id), delivered, List.of());
                case WorkerTransferred e -> workerChange(out, id, batch.workers().get(id), delivered, List.of(e.fromEmployerId()));
                case WorkerAbsent e -> workerChange(out, id, batch.workers().get(id), delivered, List.of());
                case WorkerDeparted e -> workerChange(out, id, batch.workers().get(id), delivered, List.of());
                case ConditionReportFiled e -> reportChange(out, id, batch.reports().get(id), reportsDone);
                case ConditionReportResolved e -> reportChange(out, id, batch.reports().get(id), reportsDone);
                case LabourRequestSubmitted e -> { }
                default -> unitChange(out, id, batch.units().get(id), unitsDone);
            }
        }
        return out;
    }

    private static void workerChange(List<Change> out, String workerId, Document worker, Delivered<?> delivered,
                                     List<String> formerEmployers) {
        if (worker == null || Views.number(Workers.state(worker), "seq") != delivered.sequence()) {
            return;
        }
        Document state = Workers.state(worker);
        Document data = new Document("workerId", workerId).append("event", delivered.envelope().eventType().name())
                .append("status", state.getString("status")).append("employerId", state.getString("employerId"))
                .append("housingUnitId", state.getString("housingUnitId"))
                .append("givenName", worker.getString("givenName")).append("familyName", worker.getString("familyName"))
                .append("citizenship", worker.getString("citizenship"));
        Set<String> audiences = new LinkedHashSet<>();
        audiences.add(Audience.MIFI);
        if (state.getString("employerId") != null) {
            audiences.add(Audience.employer(state.getString("employerId")));
        }
        formerEmployers.forEach(e -> audiences.add(Audience.employer(e)));
        if (worker.getString("citizenship") != null) {
            audiences.add(Audience.consulate(worker.getString("citizenship")));
        }
        audiences.forEach(a -> out.add(new Change(a, "worker", workerId, data)));
    }

    private static void unitChange(List<Change> out, String unitId, Document unit, Set<String> done) {
        if (unit == null || !done.add(unitId)) {
            return;
        }
        Document summary = Housing.summary(unitId, unit);
        summary.remove("citizenships");
        out.add(new Change(Audience.MIFI, "housing-unit", unitId, summary));
        if (unit.getString("employerId") != null) {
            out.add(new Change(Audience.employer(unit.getString("employerId")), "housing-unit", unitId, summary));
        }
    }

    private static void reportChange(List<Change> out, String reportId, Document report, Set<String> done) {
        if (report == null || !done.add(reportId)) {
            return;
        }
        Document summary = Reports.summary(reportId, report);
        out.add(new Change(Audience.MIFI, "condition-report", reportId, summary));
        if (report.getString("citizenship") != null) {
            out.add(new Change(Audience.consulate(report.getString("citizenship")), "condition-report", reportId, summary));
        }
    }

    static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
