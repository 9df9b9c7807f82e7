package qc.passerelle.contracts.recruiting;

import qc.passerelle.contracts.MobilityEvent;

/** Event recruiting.JobOfferClosed v1; subject = jobOfferId. */
public record JobOfferClosed(
        String jobOfferId,
        String employerId,
        JobOfferClosureReason reason) implements MobilityEvent {

    @Override
    public String subject() {
        return jobOfferId;
    }
}
