package qc.passerelle.students.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import qc.passerelle.contracts.students.TeachingLanguage;
import qc.passerelle.messaging.outbox.CommandKeys;
import qc.passerelle.messaging.outbox.PendingEvent;

/**
 * A prospect's application to one program for one intake term, and the institution's decision on it: the aggregate
 * behind {@code StudyApplicationSubmitted}, {@code AdmissionGranted} and {@code AdmissionRefused}. The prospect's
 * facts it needs (names, citizenship, birth year, French level, the event where they were met) and the program's
 * (language, labour-shortage alignment) are copied in: they never change, and the decision and the funnels then read
 * this document alone.
 */
public record StudyApplication(@Id String id, String prospectId, String programId, String institutionId,
                               String intakeTerm, String givenName, String familyName, String citizenship,
                               int birthYear, Integer declaredFrenchLevel, String promotionEventId,
                               TeachingLanguage programLanguage, boolean labourShortageAligned,
                               ApplicationStatus status, Instant submittedAt, LocalDate submittedOn,
                               LocalDate decidedOn, String idempotencyKey, List<CommandKeys.CommandKey> commandKeys,
                               long version, List<PendingEvent> outbox, boolean outboxPending) {

    public static final String COLLECTION = "applications";
}
