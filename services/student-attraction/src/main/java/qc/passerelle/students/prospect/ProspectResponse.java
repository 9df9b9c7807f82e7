package qc.passerelle.students.prospect;

import java.time.LocalDate;
import java.util.List;
import qc.passerelle.contracts.students.StudyLevel;
import qc.passerelle.security.Caller;

/**
 * A prospect's file as the caller may see it. An institution sees the CAQ, permit and arrival only when they are for
 * its own program (where the student goes is another institution's business), and never which other institutions
 * the prospect concerns.
 */
public record ProspectResponse(String prospectId, String givenName, String familyName, String citizenship,
                               String countryOfResidence, int birthYear, String fieldOfInterest,
                               StudyLevel levelOfInterest, Integer declaredFrenchLevel, String promotionEventId,
                               ProspectStage stage, Prospect.Caq caq, Prospect.StudyPermit studyPermit,
                               LocalDate arrivedOn, List<String> institutionIds, long version) {

    public static ProspectResponse of(Prospect p, Caller caller) {
        boolean mifi = caller.isMifi();
        boolean ownAdmission = mifi || (p.caq() != null && p.caq().institutionId().equals(caller.institutionId()));
        return new ProspectResponse(p.id(), p.givenName(), p.familyName(), p.citizenship(), p.countryOfResidence(),
                p.birthYear(), p.fieldOfInterest(), p.levelOfInterest(), p.declaredFrenchLevel(), p.promotionEventId(),
                ownAdmission ? p.stage() : ProspectStage.PROSPECT, ownAdmission ? p.caq() : null,
                ownAdmission ? p.studyPermit() : null, ownAdmission ? p.arrivedOn() : null,
                mifi ? p.institutionIds() : null, p.version());
    }
}
