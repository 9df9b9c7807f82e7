package qc.passerelle.contracts.students;

import qc.passerelle.contracts.MobilityEvent;

/** Event students.AdmissionGranted v1; subject = applicationId. */
public record AdmissionGranted(
        String applicationId,
        String prospectId,
        String programId,
        String institutionId,
        TeachingLanguage programLanguage,
        Integer declaredFrenchLevel,
        String intakeTerm,
        String givenName,
        String familyName,
        String citizenship,
        int birthYear) implements MobilityEvent {

    @Override
    public String subject() {
        return applicationId;
    }
}
