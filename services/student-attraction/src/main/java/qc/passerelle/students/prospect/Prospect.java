package qc.passerelle.students.prospect;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import qc.passerelle.contracts.students.StudyLevel;
import qc.passerelle.messaging.outbox.CommandKeys;
import qc.passerelle.messaging.outbox.PendingEvent;

/**
 * A prospective student's file, from the first contact to the arrival: the aggregate behind {@code CaqIssued},
 * {@code StudyPermitIssued} and {@code StudentArrived}, whose subject is the prospect. Each step is one write of this
 * document, conditional on its version, so a step never lands on a file that changed since it was checked.
 * {@code institutionIds} are the institutions the prospect concerns (registered by, or applied to): their scope.
 */
public record Prospect(@Id String id, String givenName, String familyName, String citizenship,
                       String countryOfResidence, int birthYear, String fieldOfInterest, StudyLevel levelOfInterest,
                       Integer declaredFrenchLevel, String promotionEventId, List<String> institutionIds, Caq caq,
                       StudyPermit studyPermit, LocalDate arrivedOn, Instant registeredAt, String idempotencyKey,
                       List<CommandKeys.CommandKey> commandKeys, long version, List<PendingEvent> outbox,
                       boolean outboxPending) {

    public static final String COLLECTION = "prospects";

    /** The CAQ and the admission it rests on: the program and institution the student is coming to. */
    public record Caq(String applicationId, String programId, String institutionId, LocalDate issuedOn,
                      LocalDate validUntil) {
    }

    public record StudyPermit(LocalDate issuedOn, LocalDate validUntil) {
    }

    public ProspectStage stage() {
        if (arrivedOn != null) {
            return ProspectStage.ARRIVED;
        }
        if (studyPermit != null) {
            return ProspectStage.STUDY_PERMIT_ISSUED;
        }
        return caq != null ? ProspectStage.CAQ_ISSUED : ProspectStage.PROSPECT;
    }
}
