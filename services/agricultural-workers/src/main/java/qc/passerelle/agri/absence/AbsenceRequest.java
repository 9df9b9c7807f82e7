package qc.passerelle.agri.absence;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** A worker who left the employer without notice, reported at once. */
public record AbsenceRequest(@NotNull LocalDate lastSeenOn) {
}
