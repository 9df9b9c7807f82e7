package qc.passerelle.agri.worker;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import qc.passerelle.contracts.agriworkers.WorkerStream;

/** An arrival as the employer or MIFI reports it: one worker, one flight, one housing unit. */
public record ArrivalRequest(
        @NotBlank @Size(max = 100) String givenName,
        @NotBlank @Size(max = 100) String familyName,
        @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as GT or MX") String citizenship,
        @NotNull Integer birthYear,
        @NotNull WorkerStream stream,
        @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._:-]{0,63}") String employerId,
        @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._:-]{0,63}") String housingUnitId,
        @NotNull LocalDate arrivalDate,
        @NotBlank @Pattern(regexp = "[A-Z0-9]{2,3} ?[0-9]{1,4}[A-Z]?", message = "must be a flight number such as TS 1321") String flightNumber,
        @NotNull Boolean returning) {
}
