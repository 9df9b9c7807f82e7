package qc.passerelle.agri.labour;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import qc.passerelle.messaging.outbox.PendingEvent;

/** A submitted labour request with the capacity it was accepted against, and its outgoing events (ADR 0001). */
public record LabourRequest(@Id String id, String employerId, int season, String stream, int positions,
                            List<String> sendingCountries, LocalDate arrivalWindowStart, LocalDate arrivalWindowEnd,
                            List<String> housingUnitIds, int approvedCapacity, Instant submittedAt,
                            String idempotencyKey, long version, List<PendingEvent> outbox, boolean outboxPending) {

    public static final String COLLECTION = "labour_requests";

    /** What callers see: the request without its outbox. */
    public record View(String labourRequestId, String employerId, int season, String stream, int positions,
                       List<String> sendingCountries, LocalDate arrivalWindowStart, LocalDate arrivalWindowEnd,
                       List<String> housingUnitIds, int approvedCapacity) {
    }

    /** Whether a repeated Idempotency-Key came with the request that created this one. */
    boolean answers(LabourRequestRequest r) {
        return employerId.equals(r.employerId()) && season == r.season() && stream.equals(r.stream().name())
                && positions == r.positions() && sendingCountries.equals(r.sendingCountries())
                && arrivalWindowStart.equals(r.arrivalWindowStart()) && arrivalWindowEnd.equals(r.arrivalWindowEnd())
                && housingUnitIds.equals(r.housingUnitIds());
    }

    public View view() {
        return new View(id, employerId, season, stream, positions, sendingCountries, arrivalWindowStart,
                arrivalWindowEnd, housingUnitIds, approvedCapacity);
    }
}
