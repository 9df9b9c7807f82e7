package qc.passerelle.contracts.students;

import qc.passerelle.contracts.MobilityEvent;

/** Event students.StudyApplicationSubmitted v1; subject = applicationId. */
public record StudyApplicationSubmitted(
        String applicationId,
        String prospectId,
        String programId,
        String institutionId,
        String intakeTerm) implements MobilityEvent {

    @Override
    public String subject() {
        return applicationId;
    }
}
