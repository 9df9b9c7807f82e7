package qc.passerelle.agri.departure;

import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.security.access.prepost.PreAuthorize;
import qc.passerelle.security.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import qc.passerelle.agri.arrival.WorkerResponse;
import qc.passerelle.web.IdempotencyKey;

@RestController
class DepartureController {

    private final RecordDeparture recordDeparture;

    DepartureController(RecordDeparture recordDeparture) {
        this.recordDeparture = recordDeparture;
    }

    @PostMapping("/api/workers/{workerId}/departures")
    @PreAuthorize("hasAnyRole('MIFI', 'EMPLOYER')")
    ResponseEntity<WorkerResponse> depart(@PathVariable String workerId, @Valid @RequestBody DepartureRequest request,
                                          @RequestHeader(name = IdempotencyKey.HEADER, required = false) String key) {
        Caller caller = Caller.current();
        WorkerResponse worker = WorkerResponse.of(recordDeparture.record(workerId, request, caller,
                caller.idempotencyKey(key)));
        return ResponseEntity.created(URI.create("/api/workers/" + workerId)).body(worker);
    }
}
