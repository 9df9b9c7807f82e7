package qc.passerelle.students.program;

import java.util.List;
import qc.passerelle.contracts.students.StudyLevel;
import qc.passerelle.contracts.students.TeachingLanguage;

public record ProgramResponse(String programId, String institutionId, String title, String field, StudyLevel level,
                              TeachingLanguage language, List<String> intakeTerms, boolean labourShortageAligned,
                              int seats, long version) {

    public static ProgramResponse of(Program p) {
        return new ProgramResponse(p.id(), p.institutionId(), p.title(), p.field(), p.level(), p.language(),
                p.intakeTerms(), p.labourShortageAligned(), p.seats(), p.version());
    }
}
