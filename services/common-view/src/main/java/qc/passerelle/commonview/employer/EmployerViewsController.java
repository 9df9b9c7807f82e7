package qc.passerelle.commonview.employer;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import qc.passerelle.commonview.programs.ProgramFigures;
import qc.passerelle.commonview.readmodel.CsvExport;
import qc.passerelle.commonview.readmodel.Views;
import qc.passerelle.security.Caller;
import qc.passerelle.security.audit.AuditTrail;
import qc.passerelle.web.PageRequest;
import qc.passerelle.web.PageResponse;

/** An employer's view of its own workers and housing (MIFI may read any employer's). */
@RestController
class EmployerViewsController {

    private static final List<String> WORKER_COLUMNS = List.of("workerId", "familyName", "givenName", "citizenship",
            "stream", "status", "housingUnitId");
    private static final List<String> UNIT_COLUMNS = List.of("housingUnitId", "region", "address", "result",
            "inspectedOn", "approvedCapacity", "occupants", "openDeficiencies", "nextDeadline");

    private final EmployerViews views;
    private final ProgramFigures programs;
    private final AuditTrail audit;

    EmployerViewsController(EmployerViews views, ProgramFigures programs, AuditTrail audit) {
        this.views = views;
        this.programs = programs;
        this.audit = audit;
    }

    @GetMapping("/api/views/employers/{employerId}")
    @PreAuthorize("hasAnyRole('MIFI', 'EMPLOYER')")
    Map<String, Object> overview(@PathVariable String employerId) {
        Document dashboard = views.dashboard(Caller.current(), employerId);
        List<Document> units = views.units(dashboard, null);
        Map<String, Object> overview = new LinkedHashMap<>();
        overview.put("employerId", employerId);
        overview.putAll(EmployerViews.counts(views.workers(dashboard, null), units));
        overview.put("housingUnits", units);
        overview.put("labourRequests", views.labourRequests(dashboard));
        overview.put("jobOffers", programs.offers(dashboard));
        return overview;
    }

    @GetMapping("/api/views/employers/{employerId}/workers")
    @PreAuthorize("hasAnyRole('MIFI', 'EMPLOYER')")
    PageResponse<Document> workers(@PathVariable String employerId, @RequestParam(required = false) String status,
                                   @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        PageRequest request = PageRequest.of(page, size);
        Caller caller = Caller.current();
        List<Document> all = views.workers(views.dashboard(caller, employerId), status);
        List<Document> items = all.stream().skip(request.offset()).limit(request.size()).toList();
        audit.personalRecordsRead(caller, "list employer workers", items.stream().map(w -> w.getString("workerId")).toList());
        return PageResponse.of(items, request, all.size());
    }

    @GetMapping("/api/views/employers/{employerId}/workers.csv")
    @PreAuthorize("hasAnyRole('MIFI', 'EMPLOYER')")
    ResponseEntity<StreamingResponseBody> exportWorkers(@PathVariable String employerId,
                                                        @RequestParam(required = false) String status) {
        Caller caller = Caller.current();
        List<Document> items = views.workers(views.dashboard(caller, employerId), status);
        audit.personalRecordsRead(caller, "export employer workers", items.stream().map(w -> w.getString("workerId")).toList());
        return CsvExport.of("workers-" + employerId + ".csv", WORKER_COLUMNS, items,
                w -> WORKER_COLUMNS.stream().map(c -> (Object) w.get(c)).toList());
    }

    @GetMapping("/api/views/employers/{employerId}/housing-units")
    @PreAuthorize("hasAnyRole('MIFI', 'EMPLOYER')")
    PageResponse<Document> units(@PathVariable String employerId, @RequestParam(required = false) Boolean compliant,
                                 @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        PageRequest request = PageRequest.of(page, size);
        List<Document> all = views.units(views.dashboard(Caller.current(), employerId), compliant);
        return PageResponse.of(all.stream().skip(request.offset()).limit(request.size()).toList(), request, all.size());
    }

    @GetMapping("/api/views/employers/{employerId}/housing-units.csv")
    @PreAuthorize("hasAnyRole('MIFI', 'EMPLOYER')")
    ResponseEntity<StreamingResponseBody> exportUnits(@PathVariable String employerId,
                                                      @RequestParam(required = false) Boolean compliant) {
        List<Document> items = views.units(views.dashboard(Caller.current(), employerId), compliant);
        return CsvExport.of("housing-units-" + employerId + ".csv", UNIT_COLUMNS, items, u -> {
            List<Document> open = Views.documents(u, "openDeficiencies");
            return Arrays.asList(u.get("housingUnitId"), u.get("region"), u.get("address"), u.get("result"),
                    u.get("inspectedOn"), u.get("approvedCapacity"), u.get("occupants"), open.size(),
                    open.isEmpty() ? null : open.get(0).getString("deadline"));
        });
    }
}
