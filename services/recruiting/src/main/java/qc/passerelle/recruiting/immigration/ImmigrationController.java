package qc.passerelle.recruiting.immigration;

import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import qc.passerelle.recruiting.support.AggregateChanges;
import qc.passerelle.recruiting.support.Created;
import qc.passerelle.recruiting.support.PersonalReads;
import qc.passerelle.security.Caller;
import qc.passerelle.web.IdempotencyKey;
import qc.passerelle.web.NotFoundException;

@RestController
@RequestMapping("/api/immigration-files")
class ImmigrationController {

    private final RecordImmigrationStep record;
    private final AggregateChanges changes;
    private final HireConfirmation confirmation;
    private final PersonalReads personalReads;

    ImmigrationController(RecordImmigrationStep record, AggregateChanges changes, HireConfirmation confirmation,
                          PersonalReads personalReads) {
        this.record = record;
        this.changes = changes;
        this.confirmation = confirmation;
        this.personalReads = personalReads;
    }

    /** Only a confirmed hire has a file to show: a claim whose offer was declined meanwhile is nobody's file. */
    @GetMapping("/{candidateId}")
    @PreAuthorize("hasAnyRole('MIFI', 'RECRUITER', 'EMPLOYER', 'CANDIDATE')")
    ImmigrationFileResponse file(@PathVariable String candidateId) {
        Caller caller = Caller.current();
        ImmigrationFile file = changes.find(ImmigrationFile.COLLECTION, ImmigrationFile.class, candidateId,
                        ImmigrationFileScope.POLICY.require(caller))
                .filter(f -> confirmation.confirmed(f.offerId()))
                .orElseThrow(() -> new NotFoundException("no immigration file for candidate " + candidateId));
        personalReads.record(caller, "read immigration file", List.of(candidateId));
        return ImmigrationFileResponse.of(file);
    }

    @PostMapping("/{candidateId}/steps")
    @PreAuthorize("hasAnyRole('MIFI', 'RECRUITER', 'EMPLOYER')")
    ResponseEntity<ImmigrationFileResponse> step(@PathVariable String candidateId, @Valid @RequestBody StepRequest request,
                                                 @RequestHeader(name = IdempotencyKey.HEADER, required = false) String key) {
        Caller caller = Caller.current();
        ImmigrationFile file = record.step(candidateId, request, caller, caller.idempotencyKey(key));
        return Created.at("/api/immigration-files/" + candidateId, ImmigrationFileResponse.of(file));
    }

    @PostMapping("/{candidateId}/arrivals")
    @PreAuthorize("hasAnyRole('MIFI', 'RECRUITER', 'EMPLOYER')")
    ResponseEntity<ImmigrationFileResponse> arrival(@PathVariable String candidateId,
                                                    @Valid @RequestBody ArrivalRequest request,
                                                    @RequestHeader(name = IdempotencyKey.HEADER, required = false) String key) {
        Caller caller = Caller.current();
        ImmigrationFile file = record.arrival(candidateId, request, caller, caller.idempotencyKey(key));
        return Created.at("/api/immigration-files/" + candidateId, ImmigrationFileResponse.of(file));
    }
}
