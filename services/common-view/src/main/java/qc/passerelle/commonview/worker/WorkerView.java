package qc.passerelle.commonview.worker;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;

/** One worker as the audiences see it, kept up to date from the agri-workers topic. */
public record WorkerView(@Id String workerId, String givenName, String familyName, String citizenship, int birthYear,
                         String stream, String employerId, String housingUnitId, int season, LocalDate arrivalDate,
                         String status, String lastEventId, Instant lastEventTime) {
}
