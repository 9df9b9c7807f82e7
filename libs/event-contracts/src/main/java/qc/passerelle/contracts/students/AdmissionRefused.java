package qc.passerelle.contracts.students;

import qc.passerelle.contracts.MobilityEvent;

/** Event students.AdmissionRefused v1; subject = applicationId. */
public record AdmissionRefused(
        String applicationId,
        String prospectId,
        String programId,
        String institutionId) implements MobilityEvent {

    @Override
    public String subject() {
        return applicationId;
    }
}
