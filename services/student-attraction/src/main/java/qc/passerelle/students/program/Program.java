package qc.passerelle.students.program;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import qc.passerelle.contracts.students.StudyLevel;
import qc.passerelle.contracts.students.TeachingLanguage;
import qc.passerelle.messaging.outbox.PendingEvent;

/**
 * A study program an institution offers to international students: for which terms, in which language, and whether
 * it trains for an occupation in labour shortage (what the strategy asks to favour).
 */
public record Program(@Id String id, String institutionId, String title, String field, StudyLevel level,
                      TeachingLanguage language, List<String> intakeTerms, boolean labourShortageAligned, int seats,
                      Instant listedAt, String idempotencyKey, long version, List<PendingEvent> outbox,
                      boolean outboxPending) {

    public static final String COLLECTION = "programs";
}
