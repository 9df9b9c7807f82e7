package qc.passerelle.recruiting.employer;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import jakarta.validation.Valid;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import qc.passerelle.messaging.outbox.CommandKeys;
import qc.passerelle.recruiting.reference.QuebecRegion;
import qc.passerelle.recruiting.reference.Sector;
import qc.passerelle.recruiting.support.AggregateChanges;
import qc.passerelle.recruiting.support.Created;
import qc.passerelle.security.Caller;
import qc.passerelle.web.IdempotencyKey;
import qc.passerelle.web.NotFoundException;
import qc.passerelle.web.PageRequest;
import qc.passerelle.web.PageResponse;
import qc.passerelle.web.Pages;

@RestController
@RequestMapping("/api/employers")
class EmployerController {

    private final RegisterEmployer register;
    private final AggregateChanges changes;
    private final Pages pages;

    EmployerController(RegisterEmployer register, AggregateChanges changes, Pages pages) {
        this.register = register;
        this.changes = changes;
        this.pages = pages;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('MIFI', 'RECRUITER')")
    ResponseEntity<EmployerResponse> register(@Valid @RequestBody EmployerRequest request,
                                              @RequestHeader(name = IdempotencyKey.HEADER, required = false) String key) {
        Employer employer = register.register(request, Caller.current().idempotencyKey(key));
        return Created.at("/api/employers/" + employer.id(), EmployerResponse.of(employer));
    }

    /** Contact and LMIA need: no event, since no other service keeps them (see {@link EmployerDetailsRequest}). */
    @PostMapping("/{employerId}/details")
    @PreAuthorize("hasAnyRole('MIFI', 'RECRUITER', 'EMPLOYER')")
    EmployerResponse details(@PathVariable String employerId, @Valid @RequestBody EmployerDetailsRequest request,
                             @RequestHeader(name = IdempotencyKey.HEADER, required = false) String key) {
        Caller caller = Caller.current();
        Employer changed = changes.apply(Employer.COLLECTION, Employer.class, "employer", employerId,
                EmployerScope.POLICY.require(caller), caller.idempotencyKey(key),
                CommandKeys.fingerprint("employer details", request),
                employer -> AggregateChanges.Change.of(new Update().set("contactEmail", request.contactEmail())
                        .set("contactPhone", request.contactPhone()).set("needsLmia", request.needsLmia()), null));
        return EmployerResponse.of(changed);
    }

    @GetMapping("/{employerId}")
    @PreAuthorize("hasAnyRole('MIFI', 'RECRUITER', 'EMPLOYER')")
    EmployerResponse employer(@PathVariable String employerId) {
        return changes.find(Employer.COLLECTION, Employer.class, employerId, EmployerScope.POLICY.require(Caller.current()))
                .map(EmployerResponse::of).orElseThrow(() -> new NotFoundException("no employer " + employerId));
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('MIFI', 'RECRUITER', 'EMPLOYER')")
    PageResponse<EmployerResponse> employers(@RequestParam(required = false) QuebecRegion region,
                                             @RequestParam(required = false) Sector sector,
                                             @RequestParam(required = false) Integer page,
                                             @RequestParam(required = false) Integer size) {
        return pages.of(Employer.COLLECTION, Employer.class,
                Pages.allOf(EmployerScope.POLICY.require(Caller.current()),
                        region == null ? null : where("region").is(region),
                        sector == null ? null : where("sectors").is(sector)),
                Sort.by("legalName", "_id"), PageRequest.of(page, size), EmployerResponse::of);
    }
}
