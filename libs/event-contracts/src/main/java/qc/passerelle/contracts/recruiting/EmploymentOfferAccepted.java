package qc.passerelle.contracts.recruiting;

import qc.passerelle.contracts.MobilityEvent;
import java.time.LocalDate;

/** Event recruiting.EmploymentOfferAccepted v1; subject = offerId. */
public record EmploymentOfferAccepted(
        String offerId,
        String candidateId,
        String employerId,
        String jobOfferId,
        String missionId,
        String givenName,
        String familyName,
        String citizenship,
        int birthYear,
        LocalDate startDate,
        /** The candidate's own French level on the Québec scale (1-12) when given: francization places them with it. */
        Integer declaredFrenchLevel) implements MobilityEvent {

    @Override
    public String subject() {
        return offerId;
    }
}
