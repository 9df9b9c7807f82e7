package qc.passerelle.agri.worker;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import qc.passerelle.security.Caller;
import qc.passerelle.security.audit.AuditTrail;
import qc.passerelle.web.Csv;
import qc.passerelle.web.InvalidFieldException;
import qc.passerelle.web.Pages;
import qc.passerelle.web.PageRequest;
import qc.passerelle.web.PageResponse;

/** Workers for MIFI (all), an employer (its own) and a consulate (its nationals): a page of JSON, or all as CSV. */
@RestController
class WorkerListController {

    private static final Set<String> STATUSES = java.util.Arrays.stream(WorkerStatus.values()).map(Enum::name)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private final WorkerQueries queries;
    private final WorkerDirectory directory;
    private final Pages pages;
    private final AuditTrail audit;

    WorkerListController(WorkerQueries queries, WorkerDirectory directory, Pages pages, AuditTrail audit) {
        this.queries = queries;
        this.directory = directory;
        this.pages = pages;
        this.audit = audit;
    }

    @GetMapping("/api/workers")
    @PreAuthorize("hasAnyRole('MIFI', 'EMPLOYER', 'CONSULATE')")
    PageResponse<WorkerResponse> workers(@RequestParam(required = false) String status,
                                         @RequestParam(required = false) String employerId,
                                         @RequestParam(required = false) String citizenship,
                                         @RequestParam(required = false) Integer season,
                                         @RequestParam(required = false) String housingUnitId,
                                         @RequestParam(required = false) Integer page,
                                         @RequestParam(required = false) Integer size) {
        Caller caller = Caller.current();
        WorkerQueries.Filters filters = filters(status, employerId, citizenship, season, housingUnitId);
        Criteria scope = WorkerScope.POLICY.require(caller);
        PageRequest request = PageRequest.of(page, size);
        // a consulate's, an employer's or a country's list reads the directory; MIFI's whole list reads the workers
        PageResponse<WorkerResponse> found = WorkerDirectory.scopeOf(narrowing(caller, filters))
                .map(directoryScope -> directory.page(directoryScope, filters, request))
                .orElseGet(() -> pages.of(Worker.COLLECTION, Worker.class, WorkerQueries.condition(scope, filters),
                        Sort.by("familyName", "givenName", "_id"), request, WorkerResponse::of));
        audit.personalRecordsRead(caller, "list workers", found.items().stream().map(WorkerResponse::workerId).toList());
        return found;
    }

    @GetMapping(value = "/api/workers/export.csv")
    @PreAuthorize("hasAnyRole('MIFI', 'EMPLOYER', 'CONSULATE')")
    void export(@RequestParam(required = false) String status, @RequestParam(required = false) String employerId,
                @RequestParam(required = false) String citizenship, @RequestParam(required = false) Integer season,
                @RequestParam(required = false) String housingUnitId, HttpServletResponse response) throws IOException {
        Caller caller = Caller.current();
        WorkerQueries.Filters filters = filters(status, employerId, citizenship, season, housingUnitId);
        Criteria condition = WorkerQueries.condition(WorkerScope.POLICY.require(caller), filters);
        // the trail says who exported whom before a single byte leaves, whatever happens to the download
        if (!caller.isMifi()) {
            audit.personalRecordsRead(caller, "export workers", queries.ids(condition));
        }
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"travailleurs.csv\"");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        PrintWriter out = response.getWriter();
        out.print("workerId,givenName,familyName,citizenship,birthYear,stream,employerId,housingUnitId,season,arrivalDate,status,departureDate\r\n");
        queries.forEach(condition, w -> out.print(csvLine(w) + "\r\n"));
        out.flush();
    }

    /** The one country or employer a caller's list is limited to, by their scope or by a filter. */
    private static java.util.Map<String, String> narrowing(Caller caller, WorkerQueries.Filters filters) {
        boolean consulate = caller.is(qc.passerelle.security.Role.CONSULATE);
        boolean employer = caller.is(qc.passerelle.security.Role.EMPLOYER);
        if (caller.isMifi() || consulate && employer) {
            if (caller.isMifi() && filters.citizenship() != null) {
                return java.util.Map.of("country", filters.citizenship());
            }
            return caller.isMifi() && filters.employerId() != null ? java.util.Map.of("employer", filters.employerId())
                    : java.util.Map.of();
        }
        if (consulate) {
            return java.util.Map.of("country", caller.country());
        }
        return employer ? java.util.Map.of("employer", caller.employerId()) : java.util.Map.of();
    }

    private static WorkerQueries.Filters filters(String status, String employerId, String citizenship, Integer season,
                                                 String housingUnitId) {
        if (status != null && !STATUSES.contains(status)) {
            throw new InvalidFieldException("status", "must be one of " + STATUSES);
        }
        if (citizenship != null && !citizenship.matches("[A-Z]{2}")) {
            throw new InvalidFieldException("citizenship", "must be an ISO 3166-1 alpha-2 code such as GT");
        }
        return new WorkerQueries.Filters(status, employerId, citizenship, season, housingUnitId);
    }

    private static String csvLine(Worker w) {
        return Csv.line(w.id(), w.givenName(), w.familyName(), w.citizenship(), w.birthYear(), w.stream(),
                w.employerId(), w.housingUnitId(), w.season(), w.arrivalDate(), w.status(), w.departureDate());
    }
}
