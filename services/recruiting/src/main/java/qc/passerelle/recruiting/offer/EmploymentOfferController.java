package qc.passerelle.recruiting.offer;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import qc.passerelle.recruiting.support.AggregateChanges;
import qc.passerelle.recruiting.support.Created;
import qc.passerelle.recruiting.support.PersonalReads;
import qc.passerelle.security.Caller;
import qc.passerelle.web.IdempotencyKey;
import qc.passerelle.web.NotFoundException;
import qc.passerelle.web.PageRequest;
import qc.passerelle.web.PageResponse;
import qc.passerelle.web.Pages;

@RestController
class EmploymentOfferController {

    private final ExtendEmploymentOffer extend;
    private final AcceptEmploymentOffer accept;
    private final DeclineEmploymentOffer decline;
    private final AggregateChanges changes;
    private final Pages pages;
    private final PersonalReads personalReads;
    private final Clock clock;

    EmploymentOfferController(ExtendEmploymentOffer extend, AcceptEmploymentOffer accept,
                              DeclineEmploymentOffer decline, AggregateChanges changes, Pages pages,
                              PersonalReads personalReads, Clock clock) {
        this.extend = extend;
        this.accept = accept;
        this.decline = decline;
        this.changes = changes;
        this.pages = pages;
        this.personalReads = personalReads;
        this.clock = clock;
    }

    @PostMapping("/api/applications/{applicationId}/employment-offers")
    @PreAuthorize("hasAnyRole('MIFI', 'RECRUITER', 'EMPLOYER')")
    ResponseEntity<EmploymentOfferResponse> extend(@PathVariable String applicationId,
                                                   @Valid @RequestBody ExtendRequest request,
                                                   @RequestHeader(name = IdempotencyKey.HEADER, required = false) String key) {
        Caller caller = Caller.current();
        ExtendEmploymentOffer.Extended extended = extend.extend(applicationId, request, caller, caller.idempotencyKey(key));
        return Created.at("/api/employment-offers/" + extended.offer().id(), view(extended.offer()), extended.created());
    }

    @PostMapping("/api/employment-offers/{offerId}/acceptances")
    @PreAuthorize("hasAnyRole('MIFI', 'RECRUITER', 'CANDIDATE')")
    ResponseEntity<EmploymentOfferResponse> accept(@PathVariable String offerId,
                                                   @RequestHeader(name = IdempotencyKey.HEADER, required = false) String key) {
        Caller caller = Caller.current();
        return Created.at("/api/employment-offers/" + offerId, view(accept.accept(offerId, caller, caller.idempotencyKey(key))));
    }

    @PostMapping("/api/employment-offers/{offerId}/declines")
    @PreAuthorize("hasAnyRole('MIFI', 'RECRUITER', 'CANDIDATE')")
    ResponseEntity<EmploymentOfferResponse> decline(@PathVariable String offerId,
                                                    @RequestHeader(name = IdempotencyKey.HEADER, required = false) String key) {
        Caller caller = Caller.current();
        return Created.at("/api/employment-offers/" + offerId, view(decline.decline(offerId, caller, caller.idempotencyKey(key))));
    }

    @GetMapping("/api/employment-offers/{offerId}")
    @PreAuthorize("hasAnyRole('MIFI', 'RECRUITER', 'EMPLOYER', 'CANDIDATE')")
    EmploymentOfferResponse offer(@PathVariable String offerId) {
        Caller caller = Caller.current();
        EmploymentOffer offer = changes.find(EmploymentOffer.COLLECTION, EmploymentOffer.class, offerId,
                EmploymentOfferScope.POLICY.require(caller)).orElseThrow(() -> new NotFoundException("no employment offer " + offerId));
        personalReads.record(caller, "read employment offer", List.of(offer.candidateId()));
        return view(offer);
    }

    @GetMapping("/api/employment-offers")
    @PreAuthorize("hasAnyRole('MIFI', 'RECRUITER', 'EMPLOYER', 'CANDIDATE')")
    PageResponse<EmploymentOfferResponse> offers(@RequestParam(required = false) String missionId,
                                                 @RequestParam(required = false) String jobOfferId,
                                                 @RequestParam(required = false) EmploymentOfferStatus status,
                                                 @RequestParam(required = false) Integer page,
                                                 @RequestParam(required = false) Integer size) {
        Caller caller = Caller.current();
        PageResponse<EmploymentOfferResponse> found = pages.of(EmploymentOffer.COLLECTION, EmploymentOffer.class,
                Pages.allOf(EmploymentOfferScope.POLICY.require(caller),
                        missionId == null ? null : where("missionId").is(missionId),
                        jobOfferId == null ? null : where("jobOfferId").is(jobOfferId),
                        status == null ? null : where("status").is(status)),
                Sort.by(Sort.Direction.DESC, "extendedAt").and(Sort.by("_id")), PageRequest.of(page, size), this::view);
        personalReads.record(caller, "list employment offers", found.items().stream().map(EmploymentOfferResponse::candidateId).toList());
        return found;
    }

    private EmploymentOfferResponse view(EmploymentOffer offer) {
        return EmploymentOfferResponse.of(offer, LocalDate.now(clock));
    }
}
