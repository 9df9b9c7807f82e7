package qc.passerelle.francization.enrolment;

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

/** An enrolment's life: registered or offered, accepted or declined, levels, completion or abandonment. */
@RestController
@RequestMapping("/api/enrolments")
class EnrolmentController {

    private final RegisterEnrolment register;
    private final AcceptOffer accept;
    private final DeclineOffer decline;
    private final RecordLevel level;
    private final AbandonEnrolment abandon;
    private final EnrolmentStore enrolments;
    private final AuditTrail audit;

    EnrolmentController(RegisterEnrolment register, AcceptOffer accept, DeclineOffer decline, RecordLevel level,
                        AbandonEnrolment abandon, EnrolmentStore enrolments, AuditTrail audit) {
        this.register = register;
        this.accept = accept;
        this.decline = decline;
        this.level = level;
        this.abandon = abandon;
        this.enrolments = enrolments;
        this.audit = audit;
    }

    @PostMapping
    @PreAuthorize("hasRole('MIFI')")
    ResponseEntity<EnrolmentView> register(@Valid @RequestBody EnrolmentRequests.Registration request,
                                           @RequestHeader(name = IdempotencyKey.HEADER, required = false) String key) {
        return created(register.register(request, Caller.current().idempotencyKey(key)));
    }

    @PostMapping("/{enrolmentId}/acceptances")
    @PreAuthorize("hasAnyRole('MIFI', 'EMPLOYER')")
    ResponseEntity<EnrolmentView> accept(@PathVariable String enrolmentId,
                                         @Valid @RequestBody(required = false) EnrolmentRequests.Acceptance request,
                                         @RequestHeader(name = IdempotencyKey.HEADER, required = false) String key) {
        Caller caller = Caller.current();
        EnrolmentRequests.Acceptance acceptance = request == null ? new EnrolmentRequests.Acceptance(null) : request;
        return created(accept.accept(enrolmentId, acceptance, caller, caller.idempotencyKey(key)));
    }

    @PostMapping("/{enrolmentId}/declines")
    @PreAuthorize("hasAnyRole('MIFI', 'EMPLOYER')")
    ResponseEntity<EnrolmentView> decline(@PathVariable String enrolmentId,
                                          @Valid @RequestBody(required = false) EnrolmentRequests.Decline request,
                                          @RequestHeader(name = IdempotencyKey.HEADER, required = false) String key) {
        Caller caller = Caller.current();
        EnrolmentRequests.Decline answer = request == null ? new EnrolmentRequests.Decline(null) : request;
        return created(decline.decline(enrolmentId, answer, caller, caller.idempotencyKey(key)));
    }

    @PostMapping("/{enrolmentId}/levels")
    @PreAuthorize("hasRole('MIFI')")
    ResponseEntity<EnrolmentView> level(@PathVariable String enrolmentId,
                                        @Valid @RequestBody EnrolmentRequests.Assessment request,
                                        @RequestHeader(name = IdempotencyKey.HEADER, required = false) String key) {
        Caller caller = Caller.current();
        return created(level.record(enrolmentId, request, caller, caller.idempotencyKey(key)));
    }

    @PostMapping("/{enrolmentId}/abandonments")
    @PreAuthorize("hasRole('MIFI')")
    ResponseEntity<EnrolmentView> abandon(@PathVariable String enrolmentId,
                                          @Valid @RequestBody EnrolmentRequests.Abandonment request,
                                          @RequestHeader(name = IdempotencyKey.HEADER, required = false) String key) {
        Caller caller = Caller.current();
        return created(abandon.abandon(enrolmentId, request, caller, caller.idempotencyKey(key)));
    }

    @GetMapping("/{enrolmentId}")
    @PreAuthorize("hasAnyRole('MIFI', 'EMPLOYER', 'CONSULATE')")
    EnrolmentView enrolment(@PathVariable String enrolmentId) {
        Caller caller = Caller.current();
        // out of scope answers as unknown, so that an enrolment's existence is not leaked
        Enrolment enrolment = enrolments.findInScope(enrolmentId, EnrolmentScope.POLICY.require(caller))
                .orElseThrow(() -> new NotFoundException("no enrolment " + enrolmentId));
        audit.personalRecordsRead(caller, "enrolment detail", List.of(enrolment.personId()));
        return EnrolmentView.of(enrolment);
    }

    private static ResponseEntity<EnrolmentView> created(Enrolment enrolment) {
        return ResponseEntity.created(URI.create("/api/enrolments/" + enrolment.id())).body(EnrolmentView.of(enrolment));
    }
}
