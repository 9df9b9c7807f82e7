package qc.passerelle.contracts.recruiting;

import qc.passerelle.contracts.MobilityEvent;
import java.time.LocalDate;

/** Event recruiting.EmploymentOfferExtended v1; subject = offerId. */
public record EmploymentOfferExtended(
        String offerId,
        String applicationId,
        String candidateId,
        String employerId,
        String jobOfferId,
        LocalDate startDate) implements MobilityEvent {

    @Override
    public String subject() {
        return offerId;
    }
}
