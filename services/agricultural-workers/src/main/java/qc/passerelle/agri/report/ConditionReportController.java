package qc.passerelle.agri.report;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import qc.passerelle.contracts.agriworkers.ReportCategory;
import qc.passerelle.security.Caller;
import qc.passerelle.security.audit.AuditTrail;
import qc.passerelle.web.IdempotencyKey;
import qc.passerelle.web.PageRequest;
import qc.passerelle.web.PageResponse;
import qc.passerelle.web.Pages;

@RestController
@RequestMapping("/api/condition-reports")
class ConditionReportController {

    private final ConditionReports reports;
    private final AuditTrail audit;
    private final Pages pages;

    ConditionReportController(ConditionReports reports, AuditTrail audit, Pages pages) {
        this.reports = reports;
        this.audit = audit;
        this.pages = pages;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('MIFI', 'CONSULATE', 'INSPECTOR')")
    PageResponse<ConditionReport.View> reports(@RequestParam(required = false) ConditionReport.ReportStatus status,
                                               @RequestParam(required = false) ReportCategory category,
                                               @RequestParam(required = false) String workerId,
                                               @RequestParam(required = false) Integer page,
                                               @RequestParam(required = false) Integer size) {
        Caller caller = Caller.current();
        Criteria scope = reports.scope(caller);
        PageResponse<ConditionReport.View> found = pages.of(ConditionReport.COLLECTION, ConditionReport.class,
                Pages.allOf(scope, status == null ? null : where("status").is(status),
                        category == null ? null : where("category").is(category),
                        workerId == null ? null : where("workerId").is(workerId)),
                Sort.by(Sort.Direction.DESC, "filedAt"), PageRequest.of(page, size), ConditionReport::view);
        audit.personalRecordsRead(caller, "list condition reports",
                found.items().stream().map(ConditionReport.View::workerId).distinct().toList());
        return found;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('MIFI', 'CONSULATE', 'INSPECTOR')")
    ResponseEntity<ConditionReport.View> file(@Valid @RequestBody ReportRequests.File request,
                                              @RequestHeader(name = IdempotencyKey.HEADER, required = false) String key) {
        Caller caller = Caller.current();
        ConditionReport report = reports.file(request, caller, caller.idempotencyKey(key));
        return ResponseEntity.created(URI.create("/api/condition-reports/" + report.id())).body(report.view());
    }

    @GetMapping("/{reportId}")
    @PreAuthorize("hasAnyRole('MIFI', 'CONSULATE', 'INSPECTOR')")
    ConditionReport.View report(@PathVariable String reportId) {
        Caller caller = Caller.current();
        ConditionReport report = reports.find(reportId, caller);
        audit.personalRecordsRead(caller, "condition report", List.of(report.workerId()));
        return report.view();
    }

    @PostMapping("/{reportId}/acknowledgements")
    @PreAuthorize("hasAnyRole('MIFI', 'INSPECTOR')")
    ResponseEntity<ConditionReport.View> acknowledge(@PathVariable String reportId) {
        return ResponseEntity.created(URI.create("/api/condition-reports/" + reportId))
                .body(reports.acknowledge(reportId, Caller.current()).view());
    }

    @PostMapping("/{reportId}/resolutions")
    @PreAuthorize("hasAnyRole('MIFI', 'INSPECTOR')")
    ResponseEntity<ConditionReport.View> resolve(@PathVariable String reportId,
                                                 @Valid @RequestBody ReportRequests.Resolve request) {
        return ResponseEntity.created(URI.create("/api/condition-reports/" + reportId))
                .body(reports.resolve(reportId, request.note(), Caller.current()).view());
    }
}
