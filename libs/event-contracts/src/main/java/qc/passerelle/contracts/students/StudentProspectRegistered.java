package qc.passerelle.contracts.students;

import qc.passerelle.contracts.MobilityEvent;

/** Event students.StudentProspectRegistered v1; subject = prospectId. */
public record StudentProspectRegistered(
        String prospectId,
        String givenName,
        String familyName,
        String citizenship,
        int birthYear,
        String promotionEventId) implements MobilityEvent {

    @Override
    public String subject() {
        return prospectId;
    }
}
