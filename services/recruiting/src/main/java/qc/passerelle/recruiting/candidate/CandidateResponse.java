package qc.passerelle.recruiting.candidate;

import java.time.Instant;
import java.util.List;

public record CandidateResponse(String candidateId, String givenName, String familyName, String email,
                                String citizenship, String countryOfResidence, int birthYear, String profession,
                                String nocCode, int yearsOfExperience, int declaredFrenchLevel,
                                List<String> otherLanguages, Instant registeredAt) {

    public static CandidateResponse of(Candidate c) {
        return new CandidateResponse(c.id(), c.givenName(), c.familyName(), c.email(), c.citizenship(),
                c.countryOfResidence(), c.birthYear(), c.profession(), c.nocCode(), c.yearsOfExperience(),
                c.declaredFrenchLevel(), c.otherLanguages(), c.registeredAt());
    }
}
