package qc.passerelle.agri.labour;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import qc.passerelle.security.Caller;
import qc.passerelle.web.IdempotencyKey;
import qc.passerelle.web.PageRequest;
import qc.passerelle.web.PageResponse;
import qc.passerelle.web.Pages;
import qc.passerelle.security.Role;
import qc.passerelle.security.ScopePolicy;

@RestController
class LabourRequestController {

    /** MIFI sees every labour request, an employer its own. */
    static final ScopePolicy SCOPE = ScopePolicy.named("labour requests")
            .everything(Role.MIFI)
            .where(Role.EMPLOYER, caller -> where("employerId").is(caller.employerId()))
            .build();

    private final SubmitLabourRequest submit;
    private final Pages pages;

    LabourRequestController(SubmitLabourRequest submit, Pages pages) {
        this.submit = submit;
        this.pages = pages;
    }

    @GetMapping("/api/labour-requests")
    @PreAuthorize("hasAnyRole('MIFI', 'EMPLOYER')")
    PageResponse<LabourRequest.View> requests(@RequestParam(required = false) Integer season,
                                              @RequestParam(required = false) Integer page,
                                              @RequestParam(required = false) Integer size) {
        Caller caller = Caller.current();
        Criteria scope = SCOPE.require(caller);
        return pages.of(LabourRequest.COLLECTION, LabourRequest.class,
                Pages.allOf(scope, season == null ? null : where("season").is(season)),
                Sort.by(Sort.Direction.DESC, "submittedAt"), PageRequest.of(page, size), LabourRequest::view);
    }

    @PostMapping("/api/labour-requests")
    @PreAuthorize("hasAnyRole('MIFI', 'EMPLOYER')")
    ResponseEntity<LabourRequest.View> submit(@Valid @RequestBody LabourRequestRequest request,
                                              @RequestHeader(name = IdempotencyKey.HEADER, required = false) String key) {
        Caller caller = Caller.current();
        if (!caller.isMifi() && !caller.isEmployer(request.employerId())) {
            throw new AccessDeniedException("an employer submits its own labour requests only");
        }
        LabourRequest stored = submit.submit(request, caller.idempotencyKey(key));
        return ResponseEntity.created(URI.create("/api/labour-requests/" + stored.id())).body(stored.view());
    }
}
