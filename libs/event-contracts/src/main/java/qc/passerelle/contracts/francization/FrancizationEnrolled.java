package qc.passerelle.contracts.francization;

import qc.passerelle.contracts.MobilityEvent;

/** Event francization.FrancizationEnrolled v1; subject = enrolmentId. */
public record FrancizationEnrolled(
        String enrolmentId,
        String personId,
        String givenName,
        String familyName,
        String citizenship,
        int birthYear,
        EnrolmentSource source,
        String sourceReference,
        LearningChannel channel,
        int startingLevel) implements MobilityEvent {

    @Override
    public String subject() {
        return enrolmentId;
    }
}
