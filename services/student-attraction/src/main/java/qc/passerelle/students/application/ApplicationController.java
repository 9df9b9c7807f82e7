package qc.passerelle.students.application;

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

/** Applications to study programs and the institutions' decisions on them. */
@RestController
@RequestMapping("/api/applications")
class ApplicationController {

    private final SubmitApplication submission;
    private final DecideAdmission decision;
    private final ApplicationRepository applications;
    private final AuditTrail audit;

    ApplicationController(SubmitApplication submission, DecideAdmission decision, ApplicationRepository applications,
                          AuditTrail audit) {
        this.submission = submission;
        this.decision = decision;
        this.applications = applications;
        this.audit = audit;
    }

    /** MIFI, or the institution that receives the application for one of its programs. */
    @PostMapping
    @PreAuthorize("hasAnyRole('MIFI', 'INSTITUTION')")
    ResponseEntity<ApplicationResponse> submit(@Valid @RequestBody ApplicationRequest request,
                                               @RequestHeader(name = IdempotencyKey.HEADER, required = false) String key) {
        Caller caller = Caller.current();
        return created(submission.submit(request, caller, caller.idempotencyKey(key)));
    }

    /** Admission is the institution's own decision: no one else records it. */
    @PostMapping("/{applicationId}/decision")
    @PreAuthorize("hasRole('INSTITUTION')")
    ResponseEntity<ApplicationResponse> decide(@PathVariable String applicationId,
                                               @Valid @RequestBody DecisionRequest request,
                                               @RequestHeader(name = IdempotencyKey.HEADER, required = false) String key) {
        Caller caller = Caller.current();
        return created(decision.decide(applicationId, request, caller, caller.idempotencyKey(key)));
    }

    @GetMapping("/{applicationId}")
    @PreAuthorize("hasAnyRole('MIFI', 'INSTITUTION')")
    ApplicationResponse application(@PathVariable String applicationId) {
        Caller caller = Caller.current();
        // another institution's applicant answers as unknown: 404, not 403
        ApplicationResponse application = applications.findInScope(applicationId, ApplicationScope.POLICY.require(caller))
                .map(ApplicationResponse::of)
                .orElseThrow(() -> new NotFoundException("no study application " + applicationId));
        audit.personalRecordsRead(caller, "study application detail", List.of(application.prospectId()));
        return application;
    }

    private static ResponseEntity<ApplicationResponse> created(StudyApplication application) {
        return ResponseEntity.created(URI.create("/api/applications/" + application.id()))
                .body(ApplicationResponse.of(application));
    }
}
