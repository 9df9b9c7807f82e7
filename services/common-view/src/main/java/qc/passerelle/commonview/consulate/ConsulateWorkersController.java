package qc.passerelle.commonview.consulate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.bson.Document;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import qc.passerelle.commonview.readmodel.CsvExport;
import qc.passerelle.security.Caller;
import qc.passerelle.security.audit.AuditTrail;
import qc.passerelle.web.PageRequest;
import qc.passerelle.web.PageResponse;

/** A consulate's view of its own nationals working on Quebec farms (MIFI may read any country's). */
@RestController
class ConsulateWorkersController {

    private final ConsulateViews views;
    private final AuditTrail audit;
    private final Clock clock;

    ConsulateWorkersController(ConsulateViews views, AuditTrail audit, Clock clock) {
        this.views = views;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/api/views/consulates/{country}/workers")
    @PreAuthorize("hasAnyRole('MIFI', 'CONSULATE')")
    PageResponse<ConsulateWorker> workers(@PathVariable String country, @RequestParam(required = false) String status,
                                          @RequestParam(required = false) String employerId,
                                          @RequestParam(required = false) Integer page,
                                          @RequestParam(required = false) Integer size) {
        ConsulateViews.requireCountry(country);
        PageRequest request = PageRequest.of(page, size);
        Caller caller = Caller.current();
        // the country is checked against the caller's scope before its documents are read
        ConsulateViews.requireScope(caller, country);
        PageResponse<ConsulateWorker> found = views.page(country, status, employerId, request);
        audit.personalRecordsRead(caller, "list consulate workers", found.items().stream().map(ConsulateWorker::workerId).toList());
        return found;
    }

    @GetMapping("/api/views/consulates/{country}/workers.csv")
    @PreAuthorize("hasAnyRole('MIFI', 'CONSULATE')")
    ResponseEntity<StreamingResponseBody> export(@PathVariable String country, @RequestParam(required = false) String status,
                                                 @RequestParam(required = false) String employerId) {
        Caller caller = Caller.current();
        ConsulateViews.requireScope(caller, country);
        List<ConsulateWorker> items = views.workers(views.nationals(country, status, employerId));
        audit.personalRecordsRead(caller, "export consulate workers", items.stream().map(ConsulateWorker::workerId).toList());
        return CsvExport.of("workers-" + country + ".csv", List.of("workerId", "familyName", "givenName", "birthYear",
                "stream", "status", "employerId", "housingUnitId", "region", "housingCompliant", "arrivalDate",
                "departureDate", "lastSeenOn"), items, w -> java.util.Arrays.asList(w.workerId(), w.familyName(),
                w.givenName(), w.birthYear(), w.stream(), w.status(), w.employerId(), w.housingUnitId(), w.region(),
                w.housingCompliant(), w.arrivalDate(), w.departureDate(), w.lastSeenOn()));
    }

    @GetMapping("/api/views/consulates/{country}/weeks")
    @PreAuthorize("hasAnyRole('MIFI', 'CONSULATE')")
    List<ConsulateViews.Week> weeks(@PathVariable String country, @RequestParam(required = false) Integer year) {
        ConsulateViews.requireScope(Caller.current(), country);
        return views.weeks(country, year == null ? LocalDate.now(clock).getYear() : year);
    }

    record Report(String reportId, String status, String category, String filedBy, String language, java.time.Instant filedAt,
                  String resolvedOn, String workerId, String givenName, String familyName, String employerId,
                  String housingUnitId) {
    }

    @GetMapping("/api/views/consulates/{country}/reports")
    @PreAuthorize("hasAnyRole('MIFI', 'CONSULATE')")
    PageResponse<Report> reports(@PathVariable String country, @RequestParam(required = false) String status,
                                 @RequestParam(required = false) String category,
                                 @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        PageRequest request = PageRequest.of(page, size);
        Caller caller = Caller.current();
        ConsulateViews.requireScope(caller, country);
        List<Document> all = views.reports(country, status, category);
        List<Report> items = reports(all.stream().skip(request.offset()).limit(request.size()).toList());
        audit.personalRecordsRead(caller, "list condition reports", items.stream().map(Report::workerId).distinct().toList());
        return PageResponse.of(items, request, all.size());
    }

    @GetMapping("/api/views/consulates/{country}/reports.csv")
    @PreAuthorize("hasAnyRole('MIFI', 'CONSULATE')")
    ResponseEntity<StreamingResponseBody> exportReports(@PathVariable String country,
                                                        @RequestParam(required = false) String status,
                                                        @RequestParam(required = false) String category) {
        Caller caller = Caller.current();
        ConsulateViews.requireScope(caller, country);
        List<Report> items = reports(views.reports(country, status, category));
        audit.personalRecordsRead(caller, "export condition reports", items.stream().map(Report::workerId).distinct().toList());
        return CsvExport.of("reports-" + country + ".csv", List.of("reportId", "status", "category", "filedBy", "language",
                "filedAt", "resolvedOn", "workerId", "familyName", "givenName", "employerId", "housingUnitId"), items,
                r -> java.util.Arrays.asList(r.reportId(), r.status(), r.category(), r.filedBy(), r.language(), r.filedAt(),
                        r.resolvedOn(), r.workerId(), r.familyName(), r.givenName(), r.employerId(), r.housingUnitId()));
    }

    private List<Report> reports(List<Document> entries) {
        var names = views.names(entries.stream().map(r -> r.getString("workerId")).filter(java.util.Objects::nonNull).toList());
        return entries.stream().map(r -> {
            Document worker = names.get(r.getString("workerId"));
            java.util.Date filedAt = r.getDate("filedAt");
            return new Report(r.getString("reportId"), r.getString("status"), r.getString("category"),
                    r.getString("filedBy"), r.getString("language"), filedAt == null ? null : filedAt.toInstant(),
                    r.getString("resolvedOn"), r.getString("workerId"),
                    worker == null ? null : worker.getString("givenName"),
                    worker == null ? null : worker.getString("familyName"), r.getString("employerId"),
                    r.getString("housingUnitId"));
        }).toList();
    }
}
