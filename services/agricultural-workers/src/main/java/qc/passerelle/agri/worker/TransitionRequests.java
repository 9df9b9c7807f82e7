package qc.passerelle.agri.worker;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import qc.passerelle.contracts.agriworkers.DepartureReason;

/** The bodies of the commands that move a worker on after arrival. */
public final class TransitionRequests {

    private TransitionRequests() {
    }

    /** The end of a worker's stay: when, and which kind of reason (never the medical details themselves). */
    public record Departure(@NotNull LocalDate departureDate, @NotNull DepartureReason reason) {
    }

    /** A move to another employer and one of its units, which the worker must have agreed to. */
    public record Transfer(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._:-]{0,63}") String toEmployerId,
            @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._:-]{0,63}") String toHousingUnitId,
            @NotNull LocalDate transferDate,
            @NotNull Boolean workerConsented) {
    }

    /** A worker who left the employer without notice, reported at once. */
    public record Absence(@NotNull LocalDate lastSeenOn) {
    }
}
