package qc.passerelle.agri.arrival;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import qc.passerelle.security.Caller;
import qc.passerelle.security.audit.AuditTrail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import qc.passerelle.web.IdempotencyKey;
import qc.passerelle.web.NotFoundException;

@RestController
@RequestMapping("/api/workers")
class ArrivalController {

    private final RecordArrival recordArrival;
    private final WorkerRepository workers;
    private final AuditTrail audit;

    ArrivalController(RecordArrival recordArrival, WorkerRepository workers, AuditTrail audit) {
        this.recordArrival = recordArrival;
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
        Worker worker = recordArrival.record(request, caller.idempotencyKey(key));
        return ResponseEntity.created(URI.create("/api/workers/" + worker.id())).body(WorkerResponse.of(worker));
    }

    @GetMapping("/{workerId}")
    @PreAuthorize("hasAnyRole('MIFI', 'EMPLOYER', 'CONSULATE')")
    WorkerResponse worker(@PathVariable String workerId) {
        Caller caller = Caller.current();
        // out of scope answers as unknown, so that a worker's existence is not leaked
        WorkerResponse worker = WorkerScope.of(caller).flatMap(scope -> workers.findInScope(workerId, scope))
                .map(WorkerResponse::of)
                .orElseThrow(() -> new NotFoundException("no worker " + workerId));
        audit.personalRecordsRead(caller, "worker detail", List.of(workerId));
        return worker;
    }
}
