package qc.passerelle.contracts.students;

import qc.passerelle.contracts.MobilityEvent;

/** Event students.StudyProgramListed v1; subject = programId. */
public record StudyProgramListed(
        String programId,
        String institutionId,
        String title,
        StudyLevel level,
        TeachingLanguage language,
        int seats) implements MobilityEvent {

    @Override
    public String subject() {
        return programId;
    }
}
