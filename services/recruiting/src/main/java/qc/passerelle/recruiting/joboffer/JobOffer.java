package qc.passerelle.recruiting.joboffer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import qc.passerelle.contracts.recruiting.JobOfferClosureReason;
import qc.passerelle.messaging.outbox.CommandKeys;
import qc.passerelle.messaging.outbox.PendingEvent;
import qc.passerelle.recruiting.reference.QuebecRegion;
import qc.passerelle.recruiting.reference.Sector;
import qc.passerelle.recruiting.support.Versioned;

/**
 * An employer's need: a job with what the matching score compares applicants against (NOC, minimum French level,
 * target countries, regulated profession). Published at once, closed when filled, cancelled or expired.
 */
public record JobOffer(@Id String id, String employerId, String title, String nocCode, Sector sector,
                       QuebecRegion region, int positions, int minimumFrenchLevel, boolean regulatedProfession,
                       BigDecimal hourlyWageCad, LocalDate startDate, List<String> targetCountries,
                       JobOfferStatus status, JobOfferClosureReason closureReason, Instant publishedAt, Instant closedAt,
                       String idempotencyKey, List<CommandKeys.CommandKey> commandKeys, long version,
                       List<PendingEvent> outbox, boolean outboxPending) implements Versioned {

    public static final String COLLECTION = "job_offers";

    public boolean published() {
        return status == JobOfferStatus.PUBLISHED;
    }
}
