package qc.passerelle.commonview.consulate;

import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import qc.passerelle.security.Caller;
import qc.passerelle.security.audit.AuditTrail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import qc.passerelle.commonview.worker.WorkerView;
import qc.passerelle.commonview.worker.WorkerViews;
import qc.passerelle.web.InvalidFieldException;
import qc.passerelle.web.PageRequest;
import qc.passerelle.web.PageResponse;

/** A consulate's view of its own nationals working on Quebec farms. */
@RestController
@RequestMapping("/api/views/consulates")
class ConsulateWorkersController {

    record ConsulateWorker(String workerId, String givenName, String familyName, String citizenship, Integer birthYear,
                           String stream, String employerId, String housingUnitId, Integer season,
                           java.time.LocalDate arrivalDate, java.time.LocalDate departureDate, String status,
                           List<WorkerView.Step> history) {

        static ConsulateWorker of(WorkerView v) {
            return new ConsulateWorker(v.workerId(), v.givenName(), v.familyName(), v.citizenship(), v.birthYear(),
                    v.stream(), v.employerId(), v.housingUnitId(), v.season(), v.arrivalDate(), v.departureDate(),
                    v.status(), v.timeline());
        }
    }

    private final WorkerViews views;
    private final AuditTrail audit;

    ConsulateWorkersController(WorkerViews views, AuditTrail audit) {
        this.views = views;
        this.audit = audit;
    }

    @GetMapping("/{country}/workers")
    @PreAuthorize("hasAnyRole('MIFI', 'CONSULATE')")
    PageResponse<ConsulateWorker> workers(@PathVariable String country,
                                          @RequestParam(required = false) Integer page,
                                          @RequestParam(required = false) Integer size) {
        if (!country.matches("[A-Z]{2}")) {
            throw new InvalidFieldException("country", "must be an ISO 3166-1 alpha-2 code such as GT or MX");
        }
        Caller caller = Caller.current();
        if (!caller.isMifi() && !caller.isConsulateOf(country)) {
            throw new AccessDeniedException("a consulate sees its own nationals only");
        }
        PageRequest request = PageRequest.of(page, size);
        // the country is the query's condition: nothing of another nationality is ever read
        List<ConsulateWorker> items = views.ofNationals(country, request).stream().map(ConsulateWorker::of).toList();
        audit.personalRecordsRead(caller, "list consulate workers", items.stream().map(ConsulateWorker::workerId).toList());
        return PageResponse.of(items, request, views.countNationals(country));
    }
}
