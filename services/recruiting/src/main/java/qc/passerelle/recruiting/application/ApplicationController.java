package qc.passerelle.recruiting.application;

import java.time.Clock;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import jakarta.validation.Valid;
import java.util.List;
import org.springframework.data.mongodb.core.query.Update;
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
import qc.passerelle.messaging.outbox.CommandKeys;
import qc.passerelle.recruiting.burst.BurstGate;
import qc.passerelle.recruiting.reference.Ids;
import qc.passerelle.recruiting.support.AggregateChanges;
import qc.passerelle.recruiting.support.Created;
import qc.passerelle.recruiting.support.PersonalReads;
import qc.passerelle.security.Caller;
import qc.passerelle.web.IdempotencyKey;
import qc.passerelle.web.NotFoundException;

@RestController
@RequestMapping("/api/applications")
class ApplicationController {

    private final ApplyToOffer apply;
    private final BurstGate gate;
    private final AggregateChanges changes;
    private final OffersOnApplications offers;
    private final PersonalReads personalReads;
    private final Clock clock;

    ApplicationController(ApplyToOffer apply, BurstGate gate, AggregateChanges changes, OffersOnApplications offers,
                          PersonalReads personalReads, Clock clock) {
        this.apply = apply;
        this.gate = gate;
        this.changes = changes;
        this.offers = offers;
        this.personalReads = personalReads;
        this.clock = clock;
    }

    /**
     * The public path: 201 for a new application, 200 with the same application for a repeat, 429 when saturated.
     * The application's id is its own idempotency key, so an Idempotency-Key header is not needed here.
     */
    @PostMapping
    @PreAuthorize("hasRole('CANDIDATE')")
    ResponseEntity<ApplicationResponse> apply(@Valid @RequestBody ApplyRequest request) {
        Caller caller = Caller.current();
        if (!Ids.valid(caller.subject())) {
            throw new AccessDeniedException("this token's subject cannot name a candidate");
        }
        ApplyToOffer.Applied applied = gate.admit(() -> apply.apply(caller.subject(), request));
        Application application = applied.application();
        return Created.at("/api/applications/" + application.id(), ApplicationResponse.of(application, null),
                applied.created());
    }

    @GetMapping("/{applicationId}")
    @PreAuthorize("hasAnyRole('MIFI', 'RECRUITER', 'EMPLOYER', 'CANDIDATE')")
    ApplicationResponse application(@PathVariable String applicationId) {
        Caller caller = Caller.current();
        Application application = changes.find(Application.COLLECTION, Application.class, applicationId,
                        ApplicationScope.POLICY.require(caller))
                .orElseThrow(() -> new NotFoundException("no application " + applicationId));
        personalReads.record(caller, "read application", List.of(application.candidateId()));
        return ApplicationResponse.of(application, offers.of(List.of(applicationId)).get(applicationId));
    }

    /** Pre-selection keeps an application for interviews; there is no event for it in the catalogue. */
    @PostMapping("/{applicationId}/preselections")
    @PreAuthorize("hasAnyRole('MIFI', 'RECRUITER', 'EMPLOYER')")
    ResponseEntity<ApplicationResponse> preselect(@PathVariable String applicationId,
                                                  @RequestHeader(name = IdempotencyKey.HEADER, required = false) String key) {
        Caller caller = Caller.current();
        Application application = changes.apply(Application.COLLECTION, Application.class, "application",
                applicationId, ApplicationScope.POLICY.require(caller), caller.idempotencyKey(key),
                CommandKeys.fingerprint("preselect", applicationId), current -> current.preselected()
                        ? AggregateChanges.Change.none()
                        : AggregateChanges.Change.of(new Update().set("preselected", true)
                                .set("preselectedAt", clock.instant()).set("preselectedBy", caller.subject()),
                        where("preselected").is(false)));
        return Created.at("/api/applications/" + applicationId,
                ApplicationResponse.of(application, offers.of(List.of(applicationId)).get(applicationId)));
    }
}
