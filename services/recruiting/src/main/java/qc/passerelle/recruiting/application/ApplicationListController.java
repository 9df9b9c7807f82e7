package qc.passerelle.recruiting.application;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import qc.passerelle.recruiting.candidate.Candidate;
import qc.passerelle.recruiting.candidate.CandidateRepository;
import qc.passerelle.recruiting.candidate.CandidateScope;
import qc.passerelle.recruiting.joboffer.JobOffer;
import qc.passerelle.recruiting.joboffer.JobOfferScope;
import qc.passerelle.recruiting.preselection.Factor;
import qc.passerelle.recruiting.support.AggregateChanges;
import qc.passerelle.recruiting.support.PersonalReads;
import qc.passerelle.security.Caller;
import qc.passerelle.security.Role;
import qc.passerelle.web.InvalidFieldException;
import qc.passerelle.web.NotFoundException;
import qc.passerelle.web.PageRequest;
import qc.passerelle.web.PageResponse;
import qc.passerelle.web.Pages;

/** Applications to one offer, best score first, for its employer and recruiters; a candidate's own applications. */
@RestController
class ApplicationListController {

    private final Pages pages;
    private final AggregateChanges changes;
    private final CandidateRepository candidates;
    private final ApplicationRepository applications;
    private final OffersOnApplications offers;
    private final PersonalReads personalReads;

    ApplicationListController(Pages pages, AggregateChanges changes, CandidateRepository candidates,
                              ApplicationRepository applications, OffersOnApplications offers,
                              PersonalReads personalReads) {
        this.pages = pages;
        this.changes = changes;
        this.candidates = candidates;
        this.applications = applications;
        this.offers = offers;
        this.personalReads = personalReads;
    }

    /**
     * Sorted by score; {@code factor} with {@code minPoints} keeps the applications with at least that many points
     * on that factor (e.g. {@code factor=OCCUPATION&minPoints=40}: the exact NOC matches).
     */
    @GetMapping("/api/job-offers/{jobOfferId}/applications")
    @PreAuthorize("hasAnyRole('MIFI', 'RECRUITER', 'EMPLOYER')")
    PageResponse<ApplicationResponse> ofJobOffer(@PathVariable String jobOfferId,
                                                 @RequestParam(required = false) Factor factor,
                                                 @RequestParam(required = false) Integer minPoints,
                                                 @RequestParam(required = false) Boolean preselected,
                                                 @RequestParam(required = false) Boolean recognitionRequired,
                                                 @RequestParam(required = false) Integer page,
                                                 @RequestParam(required = false) Integer size) {
        Caller caller = Caller.current();
        changes.find(JobOffer.COLLECTION, JobOffer.class, jobOfferId, JobOfferScope.POLICY.require(caller))
                .orElseThrow(() -> new NotFoundException("no job offer " + jobOfferId));
        if ((factor == null) != (minPoints == null)) {
            throw new InvalidFieldException(factor == null ? "factor" : "minPoints", "factor and minPoints go together");
        }
        if (factor != null && (minPoints < 0 || minPoints > factor.maxPoints())) {
            throw new InvalidFieldException("minPoints", "between 0 and " + factor.maxPoints() + " for " + factor);
        }
        Criteria condition = Pages.allOf(ApplicationScope.POLICY.require(caller), where("jobOfferId").is(jobOfferId),
                factor == null ? null : where("score.points." + factor.name()).gte(minPoints),
                preselected == null ? null : where("preselected").is(preselected),
                recognitionRequired == null ? null : where("score.recognitionRequired").is(recognitionRequired));
        PageResponse<Application> found = pages.of(Application.COLLECTION, Application.class, condition,
                Sort.by(Sort.Direction.DESC, "score.total").and(Sort.by("appliedAt", "_id")), PageRequest.of(page, size),
                a -> a);
        personalReads.record(caller, "list applications to a job offer",
                found.items().stream().map(Application::candidateId).toList());
        return withOffers(found.items(), found);
    }

    /** From the candidate's own list of ids: a read by id, whatever the number of applications stored. */
    @GetMapping("/api/candidates/{candidateId}/applications")
    @PreAuthorize("hasAnyRole('MIFI', 'RECRUITER', 'CANDIDATE')")
    PageResponse<ApplicationResponse> ofCandidate(@PathVariable String candidateId,
                                                  @RequestParam(required = false) Integer page,
                                                  @RequestParam(required = false) Integer size) {
        Caller caller = Caller.current();
        if (!caller.isMifi() && !caller.is(Role.RECRUITER) && !candidateId.equals(caller.subject())) {
            throw new AccessDeniedException("a candidate sees their own applications only");
        }
        PageRequest request = PageRequest.of(page, size);
        Candidate candidate = candidates.findInScope(candidateId, CandidateScope.POLICY.require(caller))
                .orElseThrow(() -> new NotFoundException("no candidate " + candidateId));
        List<String> ids = candidate.applicationIds() == null ? List.of() : candidate.applicationIds();
        List<Application> all = ids.isEmpty() ? List.of()
                : applications.findAllById(ids);
        List<Application> slice = all.stream().skip(request.offset()).limit(request.size()).toList();
        personalReads.record(caller, "list a candidate's applications", List.of(candidateId));
        return withOffers(slice, PageResponse.of(slice, request, all.size()));
    }

    private PageResponse<ApplicationResponse> withOffers(List<Application> items, PageResponse<?> page) {
        Map<String, OfferSummary> made = items.isEmpty() ? Map.of() : offers.of(items.stream().map(Application::id).toList());
        List<ApplicationResponse> views = items.stream().map(a -> ApplicationResponse.of(a, made.get(a.id()))).toList();
        return new PageResponse<>(views, page.page(), page.size(), page.totalItems(), page.totalPages());
    }
}
