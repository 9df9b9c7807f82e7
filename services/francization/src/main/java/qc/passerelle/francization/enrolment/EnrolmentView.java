package qc.passerelle.francization.enrolment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import qc.passerelle.contracts.francization.AbandonReason;
import qc.passerelle.contracts.francization.EnrolmentSource;
import qc.passerelle.contracts.francization.LearningChannel;
import qc.passerelle.francization.progress.Levels;
import qc.passerelle.francization.progress.Skill;

/** An enrolment as callers see it: without its outbox, with its overall level. */
public record EnrolmentView(String enrolmentId, String personId, String givenName, String familyName,
                            String citizenship, int birthYear, EnrolmentSource source, String sourceReference,
                            String employerId, String accessPointId, LearningChannel channel, int startingLevel,
                            int targetLevel, Map<Skill, Integer> levels, int overallLevel, EnrolmentStatus status,
                            AbandonReason abandonReason, List<ScholarshipView> scholarships, Instant createdAt,
                            Instant activatedAt, LocalDate completedOn, long version) {

    public record ScholarshipView(String scholarshipId, String program, String programName, BigDecimal amountCad,
                                  String accessPointId, LocalDate periodStart, LocalDate periodEnd) {
    }

    public static EnrolmentView of(Enrolment e) {
        return new EnrolmentView(e.id(), e.personId(), e.givenName(), e.familyName(), e.citizenship(), e.birthYear(),
                e.source(), e.sourceReference(), e.employerId(), e.accessPointId(), e.channel(), e.startingLevel(),
                e.targetLevel(), e.levels(), Levels.overall(e.levels()), e.status(), e.abandonReason(),
                e.scholarships().stream().map(s -> new ScholarshipView(s.scholarshipId(), s.program(),
                        s.programName(), s.amountCad(), s.accessPointId(), s.periodStart(), s.periodEnd())).toList(),
                e.createdAt(), e.activatedAt(), e.completedOn(), e.version());
    }
}
