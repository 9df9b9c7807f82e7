package qc.passerelle.recruiting.candidate;

import java.time.Clock;
import java.time.Year;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import qc.passerelle.messaging.outbox.CommandKeys;
import qc.passerelle.web.ConflictException;
import qc.passerelle.web.InvalidFieldException;

/**
 * A candidate's profile is created once, under their own id: the same profile sent again is the same answer, another
 * one is a conflict. No Idempotency-Key is needed, the id is the key.
 */
@Service
class RegisterCandidate {

    /** The youngest a candidate may be in the year they apply: the age of work in Quebec (Loi sur les normes du travail). */
    static final int MINIMUM_AGE = 16;

    record Registered(Candidate candidate, boolean created) {
    }

    private final CandidateRepository candidates;
    private final Clock clock;

    RegisterCandidate(CandidateRepository candidates, Clock clock) {
        this.candidates = candidates;
        this.clock = clock;
    }

    Registered register(String candidateId, CandidateRequest request) {
        if (request.birthYear() > Year.now(clock).getValue() - MINIMUM_AGE) {
            throw new InvalidFieldException("birthYear", "a candidate is at least " + MINIMUM_AGE + " years old");
        }
        String fingerprint = CommandKeys.fingerprint("register candidate", request);
        try {
            return new Registered(candidates.insert(new Candidate(candidateId, request.givenName().strip(),
                    request.familyName().strip(), request.email().strip(), request.citizenship(),
                    request.countryOfResidence(), request.birthYear(), request.profession().strip(), request.nocCode(),
                    request.yearsOfExperience(), request.declaredFrenchLevel(), request.otherLanguagesOrNone(),
                    List.of(), clock.instant(), fingerprint)), true);
        } catch (DuplicateKeyException already) {
            Candidate earlier = candidates.findById(candidateId).orElseThrow(() -> already);
            if (!fingerprint.equals(earlier.fingerprint())) {
                throw new ConflictException("candidate " + candidateId + " is already registered with another profile");
            }
            return new Registered(earlier, false);
        }
    }
}
