package qc.passerelle.students.institution;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import qc.passerelle.security.Caller;
import qc.passerelle.web.IdempotencyKey;
import qc.passerelle.web.NotFoundException;
import qc.passerelle.web.PageRequest;
import qc.passerelle.web.PageResponse;
import qc.passerelle.web.Pages;

@RestController
@RequestMapping("/api/institutions")
class InstitutionController {

    private final RegisterInstitution register;
    private final InstitutionRepository institutions;
    private final Pages pages;

    InstitutionController(RegisterInstitution register, InstitutionRepository institutions, Pages pages) {
        this.register = register;
        this.institutions = institutions;
        this.pages = pages;
    }

    @PostMapping
    @PreAuthorize("hasRole('MIFI')")
    ResponseEntity<InstitutionResponse> register(@Valid @RequestBody InstitutionRequest request,
                                                 @RequestHeader(name = IdempotencyKey.HEADER, required = false) String key) {
        Institution institution = register.register(request, Caller.current().idempotencyKey(key));
        return ResponseEntity.created(URI.create("/api/institutions/" + institution.id()))
                .body(InstitutionResponse.of(institution));
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('MIFI', 'INSTITUTION')")
    PageResponse<InstitutionResponse> institutions(@RequestParam(required = false) Integer page,
                                                   @RequestParam(required = false) Integer size) {
        return pages.of(Institution.COLLECTION, Institution.class, InstitutionScope.POLICY.require(Caller.current()),
                Sort.by("_id"), PageRequest.of(page, size), InstitutionResponse::of);
    }

    @GetMapping("/{institutionId}")
    @PreAuthorize("hasAnyRole('MIFI', 'INSTITUTION')")
    InstitutionResponse institution(@PathVariable String institutionId) {
        return institutions.findInScope(institutionId, InstitutionScope.POLICY.require(Caller.current()))
                .map(InstitutionResponse::of)
                .orElseThrow(() -> new NotFoundException("no institution " + institutionId));
    }
}
