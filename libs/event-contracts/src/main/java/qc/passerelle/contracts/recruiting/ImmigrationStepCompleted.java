package qc.passerelle.contracts.recruiting;

import qc.passerelle.contracts.MobilityEvent;
import java.time.LocalDate;

/** Event recruiting.ImmigrationStepCompleted v1; subject = candidateId. */
public record ImmigrationStepCompleted(
        String candidateId,
        String offerId,
        ImmigrationStep step,
        LocalDate completedOn) implements MobilityEvent {

    @Override
    public String subject() {
        return candidateId;
    }
}
