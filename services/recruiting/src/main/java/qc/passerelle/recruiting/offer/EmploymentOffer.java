package qc.passerelle.recruiting.offer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import qc.passerelle.messaging.outbox.CommandKeys;
import qc.passerelle.messaging.outbox.PendingEvent;
import qc.passerelle.recruiting.support.DerivedIds;
import qc.passerelle.recruiting.support.Versioned;

/**
 * An employment offer made on one application (its id derives from the application's: one offer per application),
 * with what its acceptance event must carry, copied when it is extended so that completing an acceptance needs this
 * document only.
 */
public record EmploymentOffer(@Id String id, String applicationId, String candidateId, String employerId,
                              String jobOfferId, String missionId, String givenName, String familyName,
                              String citizenship, int birthYear, int declaredFrenchLevel, boolean lmiaRequired,
                              LocalDate startDate, LocalDate respondBy, EmploymentOfferStatus status,
                              Instant extendedAt, Instant answeredAt, String requestFingerprint,
                              String idempotencyKey, List<CommandKeys.CommandKey> commandKeys, long version,
                              List<PendingEvent> outbox, boolean outboxPending) implements Versioned {

    public static final String COLLECTION = "employment_offers";

    public static String idFor(String applicationId) {
        return DerivedIds.derived("offer", applicationId);
    }

    /** Still open but past the day the candidate had to answer by. */
    public boolean expiredOn(LocalDate today) {
        return status == EmploymentOfferStatus.EXTENDED && today.isAfter(respondBy);
    }

    public String statusOn(LocalDate today) {
        return expiredOn(today) ? "EXPIRED" : status.name();
    }
}
