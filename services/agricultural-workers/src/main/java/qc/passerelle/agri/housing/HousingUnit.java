package qc.passerelle.agri.housing;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import qc.passerelle.agri.inspection.Evaluation;
import qc.passerelle.agri.inspection.HousingFacts;
import qc.passerelle.messaging.outbox.PendingEvent;

/**
 * A housing unit as declared by its employer, with its latest inspection (a re-inspection replaces it) and the
 * deficiencies corrected since. Its outgoing events ride in the same document (ADR 0001).
 */
public record HousingUnit(@Id String id, String employerId, String address, QuebecRegion region, HousingFacts declared,
                          LatestInspection latestInspection, List<String> correctedDeficiencies,
                          List<String> assignedInspectors, Instant registeredAt,
                          String idempotencyKey, List<PendingEvent> outbox, boolean outboxPending) {

    public record LatestInspection(String inspectionId, String inspectorId, java.time.LocalDate inspectedOn,
                                   HousingFacts observed, Evaluation evaluation) {
    }
}
