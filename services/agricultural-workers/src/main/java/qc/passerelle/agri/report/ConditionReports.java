package qc.passerelle.agri.report;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import qc.passerelle.agri.housing.InspectorAssignments;
import qc.passerelle.agri.worker.Worker;
import qc.passerelle.agri.worker.WorkerRepository;
import qc.passerelle.agri.worker.WorkerScope;
import qc.passerelle.contracts.MobilityEvent;
import qc.passerelle.contracts.agriworkers.ConditionReportFiled;
import qc.passerelle.contracts.agriworkers.ConditionReportResolved;
import qc.passerelle.contracts.agriworkers.ReportFiler;
import qc.passerelle.messaging.outbox.AggregateStore;
import qc.passerelle.messaging.outbox.CreateOnce;
import qc.passerelle.messaging.outbox.Outbox;
import qc.passerelle.messaging.store.TimeOrderedIds;
import qc.passerelle.security.Caller;
import qc.passerelle.security.Role;
import qc.passerelle.security.ScopePolicy;
import qc.passerelle.web.ConflictException;
import qc.passerelle.web.InvalidFieldException;
import qc.passerelle.web.NotFoundException;

/**
 * Condition reports: filed by a consulate or an inspector for themselves, or by MIFI for a worker or a support
 * organization; acknowledged, then resolved with a note. Read by MIFI, by the worker's consulate, and by the
 * inspectors of the unit the worker lived in when it was filed (and the inspector who filed it); an employer never
 * reads what was reported about its farm.
 */
@Service
class ConditionReports implements InitializingBean {

    private final MongoTemplate mongo;
    private final CreateOnce createOnce;
    private final AggregateStore store;
    private final WorkerRepository workers;
    private final InspectorAssignments assignments;
    private final Outbox outbox;
    private final Clock clock;
    private final ScopePolicy reportScope;
    private final ScopePolicy workersReportable;

    ConditionReports(MongoTemplate mongo, CreateOnce createOnce, AggregateStore store, WorkerRepository workers,
                     InspectorAssignments assignments, Outbox outbox, Clock clock) {
        this.mongo = mongo;
        this.createOnce = createOnce;
        this.store = store;
        this.workers = workers;
        this.assignments = assignments;
        this.outbox = outbox;
        this.clock = clock;
        this.reportScope = ScopePolicy.named("condition reports")
                .everything(Role.MIFI)
                .where(Role.CONSULATE, caller -> where("citizenship").is(caller.country()))
                .where(Role.INSPECTOR, caller -> new Criteria().orOperator(
                        where("housingUnitId").in(assignments.unitsOf(caller.subject())),
                        where("filedBySubject").is(caller.subject())))
                .build();
        this.workersReportable = ScopePolicy.named("workers to report on")
                .everything(Role.MIFI)
                .where(Role.CONSULATE, caller -> where("citizenship").is(caller.country()))
                .where(Role.INSPECTOR, caller -> where("housingUnitId").in(assignments.unitsOf(caller.subject())))
                .build();
    }

    @Override
    public void afterPropertiesSet() {
        createOnce.createIndex(ConditionReport.COLLECTION);
        mongo.indexOps(ConditionReport.COLLECTION).createIndex(new Index("citizenship", Sort.Direction.ASC));
        mongo.indexOps(ConditionReport.COLLECTION).createIndex(new Index("housingUnitId", Sort.Direction.ASC));
    }

    /** Which reports a caller may read and act on, as a query condition (403 for any other role). */
    Criteria scope(Caller caller) {
        return reportScope.require(caller);
    }

    ConditionReport file(ReportRequests.File request, Caller caller, Optional<String> idempotencyKey) {
        checkFiler(request.filedBy(), caller);
        return createOnce.insert(ConditionReport.COLLECTION, ConditionReport.class, idempotencyKey,
                earlier -> earlier.workerId().equals(request.workerId()) && earlier.filedBy() == request.filedBy()
                        && earlier.category() == request.category() && earlier.language() == request.language()
                        && earlier.text().equals(request.text()),
                () -> newReport(request, caller, idempotencyKey));
    }

    private ConditionReport newReport(ReportRequests.File request, Caller caller, Optional<String> idempotencyKey) {
        Worker worker = workers.findInScope(request.workerId(), workersReportable.require(caller))
                .orElseThrow(() -> new InvalidFieldException("workerId", "unknown worker " + request.workerId()));
        String id = "rep-" + TimeOrderedIds.next();
        ConditionReportFiled event = new ConditionReportFiled(id, worker.id(), worker.citizenship(), worker.employerId(),
                worker.housingUnitId(), request.filedBy(), request.category(), request.language());
        return new ConditionReport(id, worker.id(), worker.citizenship(), worker.employerId(),
                worker.housingUnitId(), request.filedBy(), caller.subject(), request.category(), request.language(),
                request.text(), ConditionReport.ReportStatus.OPEN, clock.instant(), null, null, null,
                idempotencyKey.orElse(null), 1, outbox.events(event), true);
    }

    ConditionReport acknowledge(String reportId, Caller caller) {
        ConditionReport report = find(reportId, caller);
        if (report.status() != ConditionReport.ReportStatus.OPEN) {
            throw new ConflictException("report " + reportId + " is no longer open");
        }
        Update update = new Update().set("status", ConditionReport.ReportStatus.ACKNOWLEDGED).set("acknowledgedAt", clock.instant());
        return change(report, caller, update, null);
    }

    ConditionReport resolve(String reportId, String note, Caller caller) {
        ConditionReport report = find(reportId, caller);
        if (report.status() == ConditionReport.ReportStatus.RESOLVED) {
            throw new ConflictException("report " + reportId + " is already resolved");
        }
        ConditionReportResolved event = new ConditionReportResolved(reportId, report.workerId(), report.citizenship(),
                report.employerId(), clock.instant().atZone(java.time.ZoneOffset.UTC).toLocalDate());
        Update update = new Update().set("status", ConditionReport.ReportStatus.RESOLVED)
                .set("resolvedAt", clock.instant()).set("resolutionNote", note);
        return change(report, caller, update, event);
    }

    private ConditionReport change(ConditionReport report, Caller caller, Update update, MobilityEvent event) {
        Update write = event == null ? update : outbox.append(update, report.version(), event);
        return store.updateAtVersion(ConditionReport.COLLECTION, report.id(), report.version(), scope(caller), write,
                ConditionReport.class).orElseThrow(() -> new ConflictException("report " + report.id()
                + " changed meanwhile; read it again"));
    }

    /** The report if the caller may read it. */
    ConditionReport find(String reportId, Caller caller) {
        return Optional.ofNullable(mongo.findOne(query(where("_id").is(reportId).andOperator(scope(caller))),
                        ConditionReport.class, ConditionReport.COLLECTION))
                .orElseThrow(() -> new NotFoundException("no report " + reportId));
    }

    /** A consulate or an inspector files as itself; MIFI records what a worker or a support organization reported. */
    private static void checkFiler(ReportFiler filedBy, Caller caller) {
        boolean allowed = switch (filedBy) {
            case CONSULATE -> caller.is(Role.CONSULATE);
            case INSPECTOR -> caller.is(Role.INSPECTOR);
            case WORKER, SUPPORT_ORGANIZATION -> caller.isMifi();
        };
        if (!allowed) {
            throw new AccessDeniedException("a " + filedBy + " report is filed by " + switch (filedBy) {
                case CONSULATE -> "a consulate";
                case INSPECTOR -> "an inspector";
                case WORKER, SUPPORT_ORGANIZATION -> "MIFI on their behalf";
            });
        }
    }
}
