package qc.passerelle.students.application;

import java.time.LocalDate;

public record ApplicationResponse(String applicationId, String prospectId, String programId, String institutionId,
                                  String intakeTerm, String givenName, String familyName, String citizenship,
                                  int birthYear, Integer declaredFrenchLevel, String promotionEventId,
                                  boolean labourShortageAligned, ApplicationStatus status, LocalDate submittedOn,
                                  LocalDate decidedOn, long version) {

    public static ApplicationResponse of(StudyApplication a) {
        return new ApplicationResponse(a.id(), a.prospectId(), a.programId(), a.institutionId(), a.intakeTerm(),
                a.givenName(), a.familyName(), a.citizenship(), a.birthYear(), a.declaredFrenchLevel(),
                a.promotionEventId(), a.labourShortageAligned(), a.status(), a.submittedOn(), a.decidedOn(), a.version());
    }
}
