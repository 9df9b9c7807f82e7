package qc.passerelle.agri.departure;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import qc.passerelle.contracts.agriworkers.DepartureReason;

/** The end of a worker's stay: when, and which kind of reason (never the medical details themselves). */
public record DepartureRequest(@NotNull LocalDate departureDate, @NotNull DepartureReason reason) {
}
