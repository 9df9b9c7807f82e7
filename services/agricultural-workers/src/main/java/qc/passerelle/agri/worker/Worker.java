package qc.passerelle.agri.worker;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import qc.passerelle.contracts.agriworkers.DepartureReason;
import qc.passerelle.contracts.agriworkers.WorkerStream;
import qc.passerelle.messaging.outbox.CommandKeys;
import qc.passerelle.messaging.outbox.PendingEvent;

/**
 * A worker present in Quebec for a season: the aggregate behind arrivals, transfers, absences and departures. The
 * document also carries its not-yet-published events ({@code outbox}), its version (how many events it produced)
 * and the keys of the commands that changed it, so that state, events and idempotency are one atomic write.
 */
public record Worker(@Id String id, String givenName, String familyName, String citizenship, int birthYear,
                     WorkerStream stream, String employerId, String housingUnitId, int season, LocalDate arrivalDate,
                     String flightNumber, boolean returning, WorkerStatus status, Instant recordedAt,
                     String idempotencyKey, List<CommandKeys.CommandKey> commandKeys, LocalDate departureDate,
                     DepartureReason departureReason, LocalDate lastSeenOn, String seasonKey, long version,
                     List<PendingEvent> outbox, boolean outboxPending) {

    public static final String COLLECTION = "workers";

    /**
     * One person, one arrival per season. Without passport numbers (never stored), a person is their citizenship,
     * names and birth year; the unique index on this key refuses a second arrival in the same season.
     */
    public static String seasonKey(String citizenship, String givenName, String familyName, int birthYear, int season) {
        return String.join("|", citizenship, givenName.strip().toLowerCase(java.util.Locale.ROOT),
                familyName.strip().toLowerCase(java.util.Locale.ROOT), String.valueOf(birthYear), String.valueOf(season));
    }
}
