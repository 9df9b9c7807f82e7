package qc.passerelle.contracts.francization;

import qc.passerelle.contracts.MobilityEvent;
import java.time.LocalDate;

/** Event francization.FrancizationLevelAttained v1; subject = enrolmentId. */
public record FrancizationLevelAttained(
        String enrolmentId,
        String personId,
        int level,
        LocalDate assessedOn) implements MobilityEvent {

    @Override
    public String subject() {
        return enrolmentId;
    }
}
