package qc.passerelle.contracts.recruiting;

import qc.passerelle.contracts.MobilityEvent;

/** Event recruiting.EmploymentOfferDeclined v1; subject = offerId. */
public record EmploymentOfferDeclined(
        String offerId,
        String candidateId,
        String employerId,
        String jobOfferId) implements MobilityEvent {

    @Override
    public String subject() {
        return offerId;
    }
}
