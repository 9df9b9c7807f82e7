package qc.passerelle.agri.housing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import qc.passerelle.agri.inspection.Evaluation;
import qc.passerelle.agri.inspection.HousingFacts;
import qc.passerelle.contracts.agriworkers.InspectionResult;
import qc.passerelle.messaging.outbox.PendingEvent;

/**
 * A housing unit as declared by its employer, with its latest inspection (a re-inspection replaces it), the
 * deficiencies corrected since and the beds that labour requests have reserved. Its outgoing events ride in the
 * same document (ADR 0001).
 */
public record HousingUnit(@Id String id, String employerId, String address, QuebecRegion region, HousingFacts declared,
                          LatestInspection latestInspection, List<String> correctedDeficiencies,
                          List<String> assignedInspectors, List<Reservation> reservations, long reservationRevision,
                          Instant registeredAt,
                          String idempotencyKey, long version, List<PendingEvent> outbox, boolean outboxPending) {

    /** Moves on with every reservation or release, so that promises of beds are conditional writes too. */
    public static final String RESERVATION_REVISION = "reservationRevision";

    public record LatestInspection(String inspectionId, String inspectorId, LocalDate inspectedOn,
                                   HousingFacts observed, Evaluation evaluation) {
    }

    /** Positions of one labour request housed here. */
    public record Reservation(String labourRequestId, int positions, Instant reservedAt) {
    }

    /** How many workers the unit may house: its latest inspection's approved capacity, if that inspection passed. */
    public int approvedCapacity() {
        if (latestInspection == null || latestInspection.evaluation().result() != InspectionResult.COMPLIANT) {
            return 0;
        }
        return latestInspection.evaluation().approvedCapacity();
    }

    /** Beds not yet promised to a labour request. */
    public int freeCapacity() {
        int reserved = reservations == null ? 0 : reservations.stream().mapToInt(Reservation::positions).sum();
        return Math.max(0, approvedCapacity() - reserved);
    }

    public boolean reservedFor(String labourRequestId) {
        return reservations != null && reservations.stream().anyMatch(r -> r.labourRequestId().equals(labourRequestId));
    }
}
