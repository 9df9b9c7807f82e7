package qc.passerelle.recruiting.immigration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import qc.passerelle.contracts.recruiting.ImmigrationStep;
import qc.passerelle.messaging.outbox.CommandKeys;
import qc.passerelle.messaging.outbox.PendingEvent;
import qc.passerelle.recruiting.support.Versioned;

/**
 * A hired candidate's way to Quebec: LMIA (when the employer needs one), CAQ, work permit, then the arrival. Its id is
 * the candidate's, as the subject of {@code ImmigrationStepCompleted} and {@code RecruitArrived} is; and because there
 * is one per candidate, creating it is how an acceptance claims the candidate's single hire (ADR 0011).
 */
public record ImmigrationFile(@Id String id, String candidateId, String offerId, String applicationId,
                              String employerId, String jobOfferId, String missionId, String citizenship,
                              boolean lmiaRequired, List<StepRecord> steps, LocalDate arrivedOn, Instant claimedAt,
                              List<CommandKeys.CommandKey> commandKeys, long version, List<PendingEvent> outbox,
                              boolean outboxPending) implements Versioned {

    public static final String COLLECTION = "immigration_files";

    /** One outcome of one step, on the day it happened. */
    public record StepRecord(ImmigrationStep step, StepOutcome outcome, LocalDate on, String recordedBy) {
    }
}
