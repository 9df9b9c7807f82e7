package qc.passerelle.agri.report;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import qc.passerelle.agri.arrival.Worker;
import qc.passerelle.agri.arrival.WorkerRepository;
import qc.passerelle.agri.arrival.WorkerScope;
import qc.passerelle.contracts.agriworkers.ConditionReportFiled;
import qc.passerelle.contracts.agriworkers.ConditionReportResolved;
import qc.passerelle.contracts.agriworkers.ReportFiler;
import qc.passerelle.messaging.outbox.CreateOnce;
import qc.passerelle.messaging.outbox.Outbox;
import qc.passerelle.security.Caller;
import qc.passerelle.security.Role;
import qc.passerelle.web.ConflictException;
import qc.passerelle.web.InvalidFieldException;
import qc.passerelle.web.NotFoundException;

/**
 * Condition reports: filed by a consulate or an inspector for themselves, or by MIFI for a worker or a support
 * organization; acknowledged, then resolved with a note. Read by MIFI, inspectors and the worker's consulate only:
 * an employer never reads what was reported about its farm.
 */
@Service
class ConditionReports implements InitializingBean {

    private final MongoTemplate mongo;
    private final CreateOnce createOnce;
    private final WorkerRepository workers;
    private final Outbox outbox;
    private final Clock clock;

    ConditionReports(MongoTemplate mongo, CreateOnce createOnce, WorkerRepository workers, Outbox outbox, Clock clock) {
        this.mongo = mongo;
        this.createOnce = createOnce;
        this.workers = workers;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public void afterPropertiesSet() {
        createOnce.createIndex(ConditionReport.COLLECTION);
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
        Worker worker = WorkerScope.of(caller).or(() -> caller.is(Role.INSPECTOR) ? Optional.of(new Criteria()) : Optional.empty())
                .flatMap(scope -> workers.findInScope(request.workerId(), scope))
                .orElseThrow(() -> new InvalidFieldException("workerId", "unknown worker " + request.workerId()));
        String id = "rep-" + UUID.randomUUID();
        ConditionReportFiled event = new ConditionReportFiled(id, worker.id(), worker.citizenship(), worker.employerId(),
                worker.housingUnitId(), request.filedBy(), request.category(), request.language());
        return new ConditionReport(id, worker.id(), worker.citizenship(), worker.employerId(),
                worker.housingUnitId(), request.filedBy(), caller.subject(), request.category(), request.language(),
                request.text(), ConditionReport.ReportStatus.OPEN, clock.instant(), null, null, null,
                idempotencyKey.orElse(null), outbox.events(event), true);
    }

    ConditionReport acknowledge(String reportId, Caller caller) {
        find(reportId, caller);
        Update update = new Update().set("status", ConditionReport.ReportStatus.ACKNOWLEDGED).set("acknowledgedAt", clock.instant());
        if (!change(reportId, where("status").is(ConditionReport.ReportStatus.OPEN), update)) {
            throw new ConflictException("report " + reportId + " is no longer open");
        }
        return find(reportId, caller);
    }

    ConditionReport resolve(String reportId, String note, Caller caller) {
        ConditionReport report = find(reportId, caller);
        ConditionReportResolved event = new ConditionReportResolved(reportId, report.workerId(), report.citizenship(),
                report.employerId(), clock.instant().atZone(java.time.ZoneOffset.UTC).toLocalDate());
        Update update = new Update().set("status", ConditionReport.ReportStatus.RESOLVED)
                .set("resolvedAt", clock.instant()).set("resolutionNote", note);
        if (!change(reportId, where("status").ne(ConditionReport.ReportStatus.RESOLVED), outbox.append(update, event))) {
            throw new ConflictException("report " + reportId + " is already resolved");
        }
        return find(reportId, caller);
    }

    /** The report if the caller may read it: MIFI and inspectors all, a consulate its nationals'. */
    ConditionReport find(String reportId, Caller caller) {
        return scope(caller).flatMap(scope -> Optional.ofNullable(mongo.findOne(
                        query(where("_id").is(reportId).andOperator(scope)), ConditionReport.class, ConditionReport.COLLECTION)))
                .orElseThrow(() -> new NotFoundException("no report " + reportId));
    }

    /** Which reports a caller may read, as a query condition; empty for every other role. */
    static Optional<Criteria> scope(Caller caller) {
        if (caller.isMifi() || caller.is(Role.INSPECTOR)) {
            return Optional.of(new Criteria());
        }
        if (caller.is(Role.CONSULATE) && caller.country() != null) {
            return Optional.of(where("citizenship").is(caller.country()));
        }
        return Optional.empty();
    }

    private boolean change(String reportId, Criteria condition, Update update) {
        return mongo.updateFirst(query(where("_id").is(reportId).andOperator(condition)), update,
                ConditionReport.COLLECTION).getMatchedCount() == 1;
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
