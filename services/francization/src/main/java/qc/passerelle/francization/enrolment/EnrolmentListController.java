package qc.passerelle.francization.enrolment;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import qc.passerelle.contracts.francization.EnrolmentSource;
import qc.passerelle.security.Caller;
import qc.passerelle.security.audit.AuditTrail;
import qc.passerelle.web.InvalidFieldException;
import qc.passerelle.web.PageRequest;
import qc.passerelle.web.PageResponse;
import qc.passerelle.web.Pages;

/**
 * Enrolments per person, per source, per country of citizenship, per access point, per status: one page at a time,
 * within the caller's scope. Per person, the person's own small document names their enrolments, so the query goes
 * by id; the other filters are indexed on real MongoDB.
 */
@RestController
class EnrolmentListController {

    private final PersonClaims people;
    private final Pages pages;
    private final AuditTrail audit;

    EnrolmentListController(PersonClaims people, Pages pages, AuditTrail audit) {
        this.people = people;
        this.pages = pages;
        this.audit = audit;
    }

    @GetMapping("/api/enrolments")
    @PreAuthorize("hasAnyRole('MIFI', 'EMPLOYER', 'CONSULATE')")
    PageResponse<EnrolmentView> enrolments(@RequestParam(required = false) String personId,
                                           @RequestParam(required = false) EnrolmentSource source,
                                           @RequestParam(required = false) String citizenship,
                                           @RequestParam(required = false) String accessPointId,
                                           @RequestParam(required = false) EnrolmentStatus status,
                                           @RequestParam(required = false) Integer page,
                                           @RequestParam(required = false) Integer size) {
        Caller caller = Caller.current();
        Criteria scope = EnrolmentScope.POLICY.require(caller);
        if (citizenship != null && !citizenship.matches("[A-Z]{2}")) {
            throw new InvalidFieldException("citizenship", "must be an ISO 3166-1 alpha-2 code such as GT");
        }
        PageRequest request = PageRequest.of(page, size);
        Criteria person = personId == null ? null : where("_id").in(people.enrolmentIdsOf(personId));
        PageResponse<EnrolmentView> found = pages.of(Enrolment.COLLECTION, Enrolment.class, Pages.allOf(scope, person,
                        source == null ? null : where("source").is(source.name()),
                        citizenship == null ? null : where("citizenship").is(citizenship),
                        accessPointId == null ? null : where("accessPointId").is(accessPointId),
                        status == null ? null : where("status").is(status.name())),
                Sort.by("_id"), request, EnrolmentView::of);
        audit.personalRecordsRead(caller, "list enrolments",
                found.items().stream().map(EnrolmentView::personId).distinct().toList());
        return found;
    }
}
