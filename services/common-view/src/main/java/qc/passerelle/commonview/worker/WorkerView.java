package qc.passerelle.commonview.worker;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.data.annotation.Id;

/**
 * One worker as the audiences see it, kept from the agri-workers topic. {@code history} lists the events applied,
 * each once, in the order of their sequence: the worker's timeline. {@code lastSequence} is the guard that keeps an
 * older event from undoing a newer one.
 */
public record WorkerView(@Id String workerId, String givenName, String familyName, String citizenship, Integer birthYear,
                         String stream, String employerId, String housingUnitId, Integer season, LocalDate arrivalDate,
                         LocalDate departureDate, LocalDate lastSeenOn, String status, Long lastSequence,
                         List<Step> history) {

    public record Step(String eventId, String type, Instant time, long sequence) {
    }

    public List<Step> timeline() {
        return history == null ? List.of() : history.stream().sorted(Comparator.comparingLong(Step::sequence)).toList();
    }
}
