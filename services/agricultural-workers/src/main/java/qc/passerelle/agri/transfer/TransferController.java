package qc.passerelle.agri.transfer;

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
class TransferController {

    private final RecordTransfer recordTransfer;

    TransferController(RecordTransfer recordTransfer) {
        this.recordTransfer = recordTransfer;
    }

    @PostMapping("/api/workers/{workerId}/transfers")
    @PreAuthorize("hasAnyRole('MIFI', 'EMPLOYER')")
    ResponseEntity<WorkerResponse> transfer(@PathVariable String workerId, @Valid @RequestBody TransferRequest request,
                                            @RequestHeader(name = IdempotencyKey.HEADER, required = false) String key) {
        Caller caller = Caller.current();
        WorkerResponse worker = WorkerResponse.of(recordTransfer.record(workerId, request, caller,
                caller.idempotencyKey(key)));
        return ResponseEntity.created(URI.create("/api/workers/" + workerId)).body(worker);
    }
}
