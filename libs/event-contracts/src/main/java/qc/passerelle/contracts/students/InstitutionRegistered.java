package qc.passerelle.contracts.students;

import qc.passerelle.contracts.MobilityEvent;

/** Event students.InstitutionRegistered v1; subject = institutionId. */
public record InstitutionRegistered(
        String institutionId,
        String name,
        InstitutionType type,
        String region) implements MobilityEvent {

    @Override
    public String subject() {
        return institutionId;
    }
}
