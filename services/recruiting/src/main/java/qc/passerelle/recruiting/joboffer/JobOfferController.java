package qc.passerelle.recruiting.joboffer;

import java.time.Clock;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import qc.passerelle.contracts.recruiting.JobOfferClosed;
import qc.passerelle.contracts.recruiting.JobOfferClosureReason;
import qc.passerelle.messaging.outbox.CommandKeys;
import qc.passerelle.recruiting.reference.QuebecRegion;
import qc.passerelle.recruiting.reference.Sector;
import qc.passerelle.recruiting.support.AggregateChanges;
import qc.passerelle.recruiting.support.Created;
import qc.passerelle.security.Caller;
import qc.passerelle.security.Role;
import qc.passerelle.web.ConflictException;
import qc.passerelle.web.IdempotencyKey;
import qc.passerelle.web.NotFoundException;
import qc.passerelle.web.PageRequest;
import qc.passerelle.web.PageResponse;
import qc.passerelle.web.Pages;

@RestController
@RequestMapping("/api/job-offers")
class JobOfferController {

    record ClosureRequest(@NotNull JobOfferClosureReason reason) {
    }

    private final PublishJobOffer publish;
    private final AggregateChanges changes;
    private final MissionOffers missionOffers;
    private final Pages pages;
    private final Clock clock;

    JobOfferController(PublishJobOffer publish, AggregateChanges changes, MissionOffers missionOffers, Pages pages,
                       Clock clock) {
        this.publish = publish;
        this.changes = changes;
        this.missionOffers = missionOffers;
        this.pages = pages;
        this.clock = clock;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('MIFI', 'RECRUITER', 'EMPLOYER')")
    ResponseEntity<JobOfferResponse> publish(@Valid @RequestBody JobOfferRequest request,
                                             @RequestHeader(name = IdempotencyKey.HEADER, required = false) String key) {
        Caller caller = Caller.current();
        if (!caller.isMifi() && !caller.is(Role.RECRUITER) && !caller.isEmployer(request.employerId())) {
            throw new AccessDeniedException("an employer publishes its own job offers only");
        }
        JobOffer offer = publish.publish(request, caller.idempotencyKey(key));
        return Created.at("/api/job-offers/" + offer.id(), JobOfferResponse.of(offer));
    }

    @PostMapping("/{jobOfferId}/closures")
    @PreAuthorize("hasAnyRole('MIFI', 'RECRUITER', 'EMPLOYER')")
    ResponseEntity<JobOfferResponse> close(@PathVariable String jobOfferId, @Valid @RequestBody ClosureRequest request,
                                           @RequestHeader(name = IdempotencyKey.HEADER, required = false) String key) {
        Caller caller = Caller.current();
        JobOffer closed = changes.apply(JobOffer.COLLECTION, JobOffer.class, "job offer", jobOfferId,
                JobOfferScope.POLICY.require(caller), caller.idempotencyKey(key),
                CommandKeys.fingerprint("close job offer", request), offer -> {
                    if (!offer.published()) {
                        throw new ConflictException("job offer " + jobOfferId + " is already closed (" + offer.closureReason() + ")");
                    }
                    return AggregateChanges.Change.of(new Update().set("status", JobOfferStatus.CLOSED)
                                    .set("closureReason", request.reason()).set("closedAt", clock.instant()),
                            where("status").is(JobOfferStatus.PUBLISHED),
                            new JobOfferClosed(jobOfferId, offer.employerId(), request.reason()));
                });
        return Created.at("/api/job-offers/" + jobOfferId, JobOfferResponse.of(closed));
    }

    @GetMapping("/{jobOfferId}")
    @PreAuthorize("hasAnyRole('MIFI', 'RECRUITER', 'EMPLOYER', 'CANDIDATE')")
    JobOfferResponse offer(@PathVariable String jobOfferId) {
        return changes.find(JobOffer.COLLECTION, JobOffer.class, jobOfferId, JobOfferScope.POLICY.require(Caller.current()))
                .map(JobOfferResponse::of).orElseThrow(() -> new NotFoundException("no job offer " + jobOfferId));
    }

    /** A mission's offers come from the mission's own list, by id: no scan of every offer. */
    @GetMapping
    @PreAuthorize("hasAnyRole('MIFI', 'RECRUITER', 'EMPLOYER', 'CANDIDATE')")
    PageResponse<JobOfferResponse> offers(@RequestParam(required = false) String missionId,
                                          @RequestParam(required = false) String employerId,
                                          @RequestParam(required = false) JobOfferStatus status,
                                          @RequestParam(required = false) Sector sector,
                                          @RequestParam(required = false) QuebecRegion region,
                                          @RequestParam(required = false) Integer page,
                                          @RequestParam(required = false) Integer size) {
        Criteria inMission = null;
        if (missionId != null) {
            List<String> ids = missionOffers.of(missionId).orElseThrow(() -> new NotFoundException("no mission " + missionId));
            inMission = where("_id").in(ids);
        }
        return pages.of(JobOffer.COLLECTION, JobOffer.class,
                Pages.allOf(JobOfferScope.POLICY.require(Caller.current()), inMission,
                        employerId == null ? null : where("employerId").is(employerId),
                        status == null ? null : where("status").is(status),
                        sector == null ? null : where("sector").is(sector),
                        region == null ? null : where("region").is(region)),
                Sort.by("_id"), PageRequest.of(page, size), JobOfferResponse::of);
    }
}
