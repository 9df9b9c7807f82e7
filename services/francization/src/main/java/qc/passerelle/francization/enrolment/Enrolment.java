package qc.passerelle.francization.enrolment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.data.annotation.Id;
import qc.passerelle.contracts.francization.AbandonReason;
import qc.passerelle.contracts.francization.EnrolmentSource;
import qc.passerelle.contracts.francization.LearningChannel;
import qc.passerelle.francization.progress.Skill;
import qc.passerelle.messaging.outbox.CommandKeys;
import qc.passerelle.messaging.outbox.PendingEvent;

/**
 * One person's francization at one access point: the aggregate behind offers, acceptances, levels, completion,
 * abandonment and scholarships. Its id says what caused it ({@code enr-jq-<offerId>}, {@code enr-adm-<applicationId>},
 * {@code enr-agri-<workerId>}), so an event seen twice finds the enrolment it created. The document carries its
 * not-yet-published events ({@code outbox}) and its version (how many events it produced: an offer has produced
 * none yet), so that state, events and idempotency are one atomic write.
 */
public record Enrolment(@Id String id, String personId, String givenName, String familyName, String citizenship,
                        int birthYear, EnrolmentSource source, String sourceReference, String employerId,
                        String institutionId, String housingUnitId, String accessPointId, LearningChannel channel,
                        int startingLevel, int targetLevel, Map<Skill, Integer> levels, List<LevelRecord> levelHistory,
                        EnrolmentStatus status, AbandonReason abandonReason, List<Scholarship> scholarships,
                        Instant createdAt, Instant activatedAt, LocalDate completedOn, String idempotencyKey,
                        List<CommandKeys.CommandKey> commandKeys, long version, List<PendingEvent> outbox,
                        boolean outboxPending) {

    public static final String COLLECTION = "enrolments";

    public Person person() {
        return new Person(personId, givenName, familyName, citizenship, birthYear);
    }

    public List<Scholarship> scholarships() {
        return scholarships == null ? List.of() : scholarships;
    }

    public List<CommandKeys.CommandKey> commandKeys() {
        return commandKeys == null ? List.of() : commandKeys;
    }
}
