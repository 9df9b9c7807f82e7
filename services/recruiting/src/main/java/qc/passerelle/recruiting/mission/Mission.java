package qc.passerelle.recruiting.mission;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import qc.passerelle.messaging.outbox.CommandKeys;
import qc.passerelle.messaging.outbox.PendingEvent;
import qc.passerelle.recruiting.reference.Sector;
import qc.passerelle.recruiting.support.Versioned;

/**
 * A Journées Québec mission: where and when, the window in which candidates apply, and the offers its employers
 * joined with. {@code jobOfferIds} is the flat set an application is checked against, by reading this one document.
 */
public record Mission(@Id String id, String name, MissionFormat format, String country, String city,
                      LocalDate startDate, LocalDate endDate, Instant applicationOpensAt, Instant applicationClosesAt,
                      List<Sector> sectors, List<Participation> participations, List<String> jobOfferIds,
                      Instant scheduledAt, String idempotencyKey, List<CommandKeys.CommandKey> commandKeys,
                      long version, List<PendingEvent> outbox, boolean outboxPending) implements Versioned {

    public static final String COLLECTION = "missions";

    /** One employer joining with some of its published offers (an employer may join again with more). */
    public record Participation(String employerId, List<String> jobOfferIds, Instant joinedAt) {
    }

    /** Applications are taken from the opening of the window (included) to its closing (excluded). */
    public boolean takesApplicationsAt(Instant at) {
        return !at.isBefore(applicationOpensAt) && at.isBefore(applicationClosesAt);
    }

    public boolean offers(String jobOfferId) {
        return jobOfferIds != null && jobOfferIds.contains(jobOfferId);
    }
}
