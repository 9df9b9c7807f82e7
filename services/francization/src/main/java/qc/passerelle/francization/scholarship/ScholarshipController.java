package qc.passerelle.francization.scholarship;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import jakarta.validation.Valid;
import java.net.URI;
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
import qc.passerelle.francization.enrolment.Enrolment;
import qc.passerelle.francization.enrolment.EnrolmentView;
import qc.passerelle.security.Caller;
import qc.passerelle.web.IdempotencyKey;
import qc.passerelle.web.PageRequest;
import qc.passerelle.web.PageResponse;
import qc.passerelle.web.Pages;

/** MIFI's scholarships: yearly budgets per program, and awards to enrolled people within them. */
@RestController
class ScholarshipController {

    private final CreateBudget createBudget;
    private final AwardScholarship award;
    private final Pages pages;

    ScholarshipController(CreateBudget createBudget, AwardScholarship award, Pages pages) {
        this.createBudget = createBudget;
        this.award = award;
        this.pages = pages;
    }

    @PostMapping("/api/scholarship-budgets")
    @PreAuthorize("hasRole('MIFI')")
    ResponseEntity<ScholarshipBudget.View> budget(@Valid @RequestBody ScholarshipRequests.Budget request,
                                                  @RequestHeader(name = IdempotencyKey.HEADER, required = false) String key) {
        Caller caller = Caller.current();
        BudgetScope.POLICY.require(caller);
        ScholarshipBudget budget = createBudget.create(request, caller.idempotencyKey(key));
        return ResponseEntity.created(URI.create("/api/scholarship-budgets?year=" + budget.year())).body(budget.view());
    }

    @GetMapping("/api/scholarship-budgets")
    @PreAuthorize("hasRole('MIFI')")
    PageResponse<ScholarshipBudget.View> budgets(@RequestParam(required = false) Integer year,
                                                 @RequestParam(required = false) Integer page,
                                                 @RequestParam(required = false) Integer size) {
        return pages.of(ScholarshipBudget.COLLECTION, ScholarshipBudget.class,
                Pages.allOf(BudgetScope.POLICY.require(Caller.current()), year == null ? null : where("year").is(year)),
                Sort.by("year", "program"), PageRequest.of(page, size), ScholarshipBudget::view);
    }

    @PostMapping("/api/enrolments/{enrolmentId}/scholarships")
    @PreAuthorize("hasRole('MIFI')")
    ResponseEntity<EnrolmentView> award(@PathVariable String enrolmentId,
                                        @Valid @RequestBody ScholarshipRequests.Award request,
                                        @RequestHeader(name = IdempotencyKey.HEADER, required = false) String key) {
        Caller caller = Caller.current();
        Enrolment awarded = award.award(enrolmentId, request, caller, caller.idempotencyKey(key));
        return ResponseEntity.created(URI.create("/api/enrolments/" + awarded.id())).body(EnrolmentView.of(awarded));
    }
}
