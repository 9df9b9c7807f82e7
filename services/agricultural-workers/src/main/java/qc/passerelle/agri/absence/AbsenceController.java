package qc.passerelle.agri.absence;

import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import qc.passerelle.agri.arrival.WorkerResponse;
import qc.passerelle.security.Caller;
import qc.passerelle.web.IdempotencyKey;

@RestController
class AbsenceController {

    private final RecordAbsence recordAbsence;

    AbsenceController(RecordAbsence recordAbsence) {
        this.recordAbsence = recordAbsence;
    }

    @PostMapping("/api/workers/{workerId}/absences")
    @PreAuthorize("hasAnyRole('MIFI', 'EMPLOYER')")
    ResponseEntity<WorkerResponse> absent(@PathVariable String workerId, @Valid @RequestBody AbsenceRequest request,
                                            @RequestHeader(name = IdempotencyKey.HEADER, required = false) String key) {
        Caller caller = Caller.current();
        WorkerResponse worker = WorkerResponse.of(recordAbsence.record(workerId, request, caller,
                caller.idempotencyKey(key)));
        return ResponseEntity.created(URI.create("/api/workers/" + workerId)).body(worker);
    }
}
