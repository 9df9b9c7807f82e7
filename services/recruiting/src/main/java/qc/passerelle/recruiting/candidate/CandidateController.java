package qc.passerelle.recruiting.candidate;

import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import qc.passerelle.recruiting.burst.BurstGate;
import qc.passerelle.recruiting.reference.Ids;
import qc.passerelle.recruiting.support.Created;
import qc.passerelle.recruiting.support.PersonalReads;
import qc.passerelle.security.Caller;
import qc.passerelle.web.NotFoundException;

@RestController
@RequestMapping("/api/candidates")
class CandidateController {

    private final RegisterCandidate register;
    private final CandidateRepository candidates;
    private final BurstGate gate;
    private final PersonalReads personalReads;

    CandidateController(RegisterCandidate register, CandidateRepository candidates, BurstGate gate,
                        PersonalReads personalReads) {
        this.register = register;
        this.candidates = candidates;
        this.gate = gate;
        this.personalReads = personalReads;
    }

    /** A candidate registers themselves: their profile's id is their token's subject. Part of the public path. */
    @PostMapping
    @PreAuthorize("hasRole('CANDIDATE')")
    ResponseEntity<CandidateResponse> register(@Valid @RequestBody CandidateRequest request) {
        String candidateId = candidateId(Caller.current());
        RegisterCandidate.Registered registered = gate.admit(() -> register.register(candidateId, request));
        return Created.at("/api/candidates/" + candidateId, CandidateResponse.of(registered.candidate()),
                registered.created());
    }

    @GetMapping("/{candidateId}")
    @PreAuthorize("hasAnyRole('MIFI', 'RECRUITER', 'CANDIDATE')")
    CandidateResponse candidate(@PathVariable String candidateId) {
        Caller caller = Caller.current();
        Candidate candidate = candidates.findInScope(candidateId, CandidateScope.POLICY.require(caller))
                .orElseThrow(() -> new NotFoundException("no candidate " + candidateId));
        personalReads.record(caller, "read candidate", List.of(candidateId));
        return CandidateResponse.of(candidate);
    }

    static String candidateId(Caller caller) {
        if (!Ids.valid(caller.subject())) {
            throw new AccessDeniedException("this token's subject cannot name a candidate");
        }
        return caller.subject();
    }
}
