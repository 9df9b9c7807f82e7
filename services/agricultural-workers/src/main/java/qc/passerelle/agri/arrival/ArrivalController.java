package qc.passerelle.agri.arrival;

import jakarta.validation.Valid;
import java.net.URI;
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

    ArrivalController(RecordArrival recordArrival, WorkerRepository workers) {
        this.recordArrival = recordArrival;
        this.workers = workers;
    }

    @PostMapping("/arrivals")
    ResponseEntity<WorkerResponse> arrive(@Valid @RequestBody ArrivalRequest request,
                                          @RequestHeader(name = IdempotencyKey.HEADER, required = false) String key) {
        RecordArrival.Result result = recordArrival.record(request, IdempotencyKey.validated(key));
        return ResponseEntity.created(URI.create("/api/workers/" + result.worker().id()))
                .body(WorkerResponse.of(result.worker()));
    }

    @GetMapping("/{workerId}")
    WorkerResponse worker(@PathVariable String workerId) {
        return workers.findById(workerId).map(WorkerResponse::of)
                .orElseThrow(() -> new NotFoundException("no worker " + workerId));
    }
}
