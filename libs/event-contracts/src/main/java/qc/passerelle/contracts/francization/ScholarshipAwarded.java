package qc.passerelle.contracts.francization;

import qc.passerelle.contracts.MobilityEvent;
import java.math.BigDecimal;

/** Event francization.ScholarshipAwarded v1; subject = enrolmentId. */
public record ScholarshipAwarded(
        String scholarshipId,
        String enrolmentId,
        String personId,
        BigDecimal amountCad,
        String programName) implements MobilityEvent {

    @Override
    public String subject() {
        return enrolmentId;
    }
}
