package qc.passerelle.students.program;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import qc.passerelle.contracts.students.StudyLevel;
import qc.passerelle.contracts.students.TeachingLanguage;
import qc.passerelle.security.Caller;
import qc.passerelle.web.IdempotencyKey;
import qc.passerelle.web.NotFoundException;
import qc.passerelle.web.PageRequest;
import qc.passerelle.web.PageResponse;
import qc.passerelle.web.Pages;

@RestController
@RequestMapping("/api/programs")
class ProgramController {

    private final ListProgram listing;
    private final ProgramRepository programs;
    private final Pages pages;

    ProgramController(ListProgram listing, ProgramRepository programs, Pages pages) {
        this.listing = listing;
        this.programs = programs;
        this.pages = pages;
    }

    /** Only the institution itself lists its programs: the institution is the token's, never the body's. */
    @PostMapping
    @PreAuthorize("hasRole('INSTITUTION')")
    ResponseEntity<ProgramResponse> list(@Valid @RequestBody ProgramRequest request,
                                         @RequestHeader(name = IdempotencyKey.HEADER, required = false) String key) {
        Caller caller = Caller.current();
        Program program = listing.list(caller.institutionId(), request, caller.idempotencyKey(key));
        return ResponseEntity.created(URI.create("/api/programs/" + program.id())).body(ProgramResponse.of(program));
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('MIFI', 'INSTITUTION')")
    PageResponse<ProgramResponse> programs(@RequestParam(required = false) String institutionId,
                                           @RequestParam(required = false) StudyLevel level,
                                           @RequestParam(required = false) TeachingLanguage language,
                                           @RequestParam(required = false) Boolean labourShortageAligned,
                                           @RequestParam(required = false) Integer page,
                                           @RequestParam(required = false) Integer size) {
        var condition = Pages.allOf(ProgramScope.POLICY.require(Caller.current()),
                institutionId == null ? null : where("institutionId").is(institutionId),
                level == null ? null : where("level").is(level),
                language == null ? null : where("language").is(language),
                labourShortageAligned == null ? null : where("labourShortageAligned").is(labourShortageAligned));
        return pages.of(Program.COLLECTION, Program.class, condition, Sort.by("institutionId", "title", "_id"),
                PageRequest.of(page, size), ProgramResponse::of);
    }

    @GetMapping("/{programId}")
    @PreAuthorize("hasAnyRole('MIFI', 'INSTITUTION')")
    ProgramResponse program(@PathVariable String programId) {
        return programs.findInScope(programId, ProgramScope.POLICY.require(Caller.current()))
                .map(ProgramResponse::of)
                .orElseThrow(() -> new NotFoundException("no program " + programId));
    }
}
