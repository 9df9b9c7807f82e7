package qc.passerelle.students.prospect;

import jakarta.validation.Valid;
import java.net.URI;
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
import qc.passerelle.security.Caller;
import qc.passerelle.security.audit.AuditTrail;
import qc.passerelle.web.IdempotencyKey;
import qc.passerelle.web.NotFoundException;

/** A prospect's registration, the steps of their file after admission, and the file itself. */
@RestController
@RequestMapping("/api/prospects")
class ProspectController {

    private final RegisterProspect registration;
    private final IssueCaq caq;
    private final IssueStudyPermit permit;
    private final RecordArrival arrival;
    private final ProspectRepository prospects;
    private final AuditTrail audit;

    ProspectController(RegisterProspect registration, IssueCaq caq, IssueStudyPermit permit, RecordArrival arrival,
                       ProspectRepository prospects, AuditTrail audit) {
        this.registration = registration;
        this.caq = caq;
        this.permit = permit;
        this.arrival = arrival;
        this.prospects = prospects;
        this.audit = audit;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('MIFI', 'INSTITUTION')")
    ResponseEntity<ProspectResponse> register(@Valid @RequestBody ProspectRequest request,
                                              @RequestHeader(name = IdempotencyKey.HEADER, required = false) String key) {
        Caller caller = Caller.current();
        return created(registration.register(request, caller, caller.idempotencyKey(key)), caller);
    }

    /** The CAQ is Quebec's own decision: MIFI records it. */
    @PostMapping("/{prospectId}/caq")
    @PreAuthorize("hasRole('MIFI')")
    ResponseEntity<ProspectResponse> caq(@PathVariable String prospectId, @Valid @RequestBody StepRequests.Caq request,
                                         @RequestHeader(name = IdempotencyKey.HEADER, required = false) String key) {
        Caller caller = Caller.current();
        return created(caq.issue(prospectId, request, caller, caller.idempotencyKey(key)), caller);
    }

    @PostMapping("/{prospectId}/study-permit")
    @PreAuthorize("hasRole('MIFI')")
    ResponseEntity<ProspectResponse> studyPermit(@PathVariable String prospectId,
                                                 @Valid @RequestBody StepRequests.StudyPermit request,
                                                 @RequestHeader(name = IdempotencyKey.HEADER, required = false) String key) {
        Caller caller = Caller.current();
        return created(permit.issue(prospectId, request, caller, caller.idempotencyKey(key)), caller);
    }

    /** MIFI, or the institution the student was admitted to, which sees them arrive. */
    @PostMapping("/{prospectId}/arrival")
    @PreAuthorize("hasAnyRole('MIFI', 'INSTITUTION')")
    ResponseEntity<ProspectResponse> arrival(@PathVariable String prospectId,
                                             @Valid @RequestBody StepRequests.Arrival request,
                                             @RequestHeader(name = IdempotencyKey.HEADER, required = false) String key) {
        Caller caller = Caller.current();
        return created(arrival.record(prospectId, request, caller, caller.idempotencyKey(key)), caller);
    }

    @GetMapping("/{prospectId}")
    @PreAuthorize("hasAnyRole('MIFI', 'INSTITUTION')")
    ProspectResponse prospect(@PathVariable String prospectId) {
        Caller caller = Caller.current();
        // out of scope answers as unknown, so that another institution's applicant is not even known to exist
        ProspectResponse prospect = prospects.findInScope(prospectId, ProspectScope.POLICY.require(caller))
                .map(p -> ProspectResponse.of(p, caller))
                .orElseThrow(() -> new NotFoundException("no prospect " + prospectId));
        audit.personalRecordsRead(caller, "prospect detail", List.of(prospectId));
        return prospect;
    }

    private static ResponseEntity<ProspectResponse> created(Prospect prospect, Caller caller) {
        return ResponseEntity.created(URI.create("/api/prospects/" + prospect.id()))
                .body(ProspectResponse.of(prospect, caller));
    }
}
