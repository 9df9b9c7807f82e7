package qc.passerelle.contracts.francization;

import qc.passerelle.contracts.MobilityEvent;

/** Event francization.FrancizationAbandoned v1; subject = enrolmentId. */
public record FrancizationAbandoned(
        String enrolmentId,
        String personId,
        AbandonReason reason,
        int lastLevel) implements MobilityEvent {

    @Override
    public String subject() {
        return enrolmentId;
    }
}
