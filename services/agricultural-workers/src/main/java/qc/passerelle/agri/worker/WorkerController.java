package qc.passerelle.agri.worker;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import qc.passerelle.security.Caller;
import qc.passerelle.security.audit.AuditTrail;
import qc.passerelle.web.IdempotencyKey;
import qc.passerelle.web.NotFoundException;

/** A worker's arrival, what happens to them afterwards, and their record. */
@RestController
@RequestMapping("/api/workers")
class WorkerController {

    private final RecordArrival arrival;
    private final RecordDeparture departure;
    private final RecordTransfer transfer;
    private final RecordAbsence absence;
    private final WorkerRepository workers;
    private final AuditTrail audit;

    WorkerController(RecordArrival arrival, RecordDeparture departure, RecordTransfer transfer, RecordAbsence absence,
                     WorkerRepository workers, AuditTrail audit) {
        this.arrival = arrival;
        this.departure = departure;
        this.transfer = transfer;
        this.absence = absence;
        this.workers = workers;
        this.audit = audit;
    }

    @PostMapping("/arrivals")
    @PreAuthorize("hasAnyRole('MIFI', 'EMPLOYER')")
    ResponseEntity<WorkerResponse> arrive(@Valid @RequestBody ArrivalRequest request,
                                          @RequestHeader(name = IdempotencyKey.HEADER, required = false) String key) {
        Caller caller = Caller.current();
        if (!caller.isMifi() && !caller.isEmployer(request.employerId())) {
            throw new AccessDeniedException("an employer reports arrivals for its own employer id only");
        }
        return created(arrival.record(request, caller.idempotencyKey(key)));
    }

    @PostMapping("/{workerId}/departures")
    @PreAuthorize("hasAnyRole('MIFI', 'EMPLOYER')")
    ResponseEntity<WorkerResponse> depart(@PathVariable String workerId, @Valid @RequestBody TransitionRequests.Departure request,
                                          @RequestHeader(name = IdempotencyKey.HEADER, required = false) String key) {
        Caller caller = Caller.current();
        return created(departure.record(workerId, request, caller, caller.idempotencyKey(key)));
    }

    @PostMapping("/{workerId}/transfers")
    @PreAuthorize("hasAnyRole('MIFI', 'EMPLOYER')")
    ResponseEntity<WorkerResponse> transfer(@PathVariable String workerId, @Valid @RequestBody TransitionRequests.Transfer request,
                                            @RequestHeader(name = IdempotencyKey.HEADER, required = false) String key) {
        Caller caller = Caller.current();
        return created(transfer.record(workerId, request, caller, caller.idempotencyKey(key)));
    }

    @PostMapping("/{workerId}/absences")
    @PreAuthorize("hasAnyRole('MIFI', 'EMPLOYER')")
    ResponseEntity<WorkerResponse> absent(@PathVariable String workerId, @Valid @RequestBody TransitionRequests.Absence request,
                                          @RequestHeader(name = IdempotencyKey.HEADER, required = false) String key) {
        Caller caller = Caller.current();
        return created(absence.record(workerId, request, caller, caller.idempotencyKey(key)));
    }

    @GetMapping("/{workerId}")
    @PreAuthorize("hasAnyRole('MIFI', 'EMPLOYER', 'CONSULATE')")
    WorkerResponse worker(@PathVariable String workerId) {
        Caller caller = Caller.current();
        // out of scope answers as unknown, so that a worker's existence is not leaked
        WorkerResponse worker = workers.findInScope(workerId, WorkerScope.POLICY.require(caller))
                .map(WorkerResponse::of)
                .orElseThrow(() -> new NotFoundException("no worker " + workerId));
        audit.personalRecordsRead(caller, "worker detail", List.of(workerId));
        return worker;
    }

    private static ResponseEntity<WorkerResponse> created(Worker worker) {
        return ResponseEntity.created(URI.create("/api/workers/" + worker.id())).body(WorkerResponse.of(worker));
    }
}
