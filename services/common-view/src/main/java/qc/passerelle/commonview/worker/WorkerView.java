package qc.passerelle.commonview.worker;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;

/**
 * One worker as the audiences see it, kept from the agri-workers topic. {@code history} lists the events applied,
 * in the order they were applied, each once: it is both the worker's timeline and the projection's idempotency key.
 */
public record WorkerView(@Id String workerId, String givenName, String familyName, String citizenship, int birthYear,
                         String stream, String employerId, String housingUnitId, int season, LocalDate arrivalDate,
                         LocalDate departureDate, String status, List<Step> history) {

    public record Step(String eventId, String type, Instant time) {
    }
}
