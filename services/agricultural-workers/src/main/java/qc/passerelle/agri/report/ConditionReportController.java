package qc.passerelle.agri.report;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import qc.passerelle.security.Caller;
import qc.passerelle.security.audit.AuditTrail;

@RestController
@RequestMapping("/api/condition-reports")
class ConditionReportController {

    private final ConditionReports reports;
    private final AuditTrail audit;

    ConditionReportController(ConditionReports reports, AuditTrail audit) {
        this.reports = reports;
        this.audit = audit;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('MIFI', 'CONSULATE', 'INSPECTOR')")
    ResponseEntity<ConditionReport.View> file(@Valid @RequestBody ReportRequests.File request) {
        ConditionReport report = reports.file(request, Caller.current());
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
