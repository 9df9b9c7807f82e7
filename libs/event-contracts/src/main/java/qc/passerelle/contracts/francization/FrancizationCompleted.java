package qc.passerelle.contracts.francization;

import qc.passerelle.contracts.MobilityEvent;
import java.time.LocalDate;

/** Event francization.FrancizationCompleted v1; subject = enrolmentId. */
public record FrancizationCompleted(
        String enrolmentId,
        String personId,
        int finalLevel,
        LocalDate completedOn) implements MobilityEvent {

    @Override
    public String subject() {
        return enrolmentId;
    }
}
