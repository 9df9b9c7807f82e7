package qc.passerelle.agri.transfer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;

/** A move to another employer, which the worker must have agreed to. */
public record TransferRequest(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._:-]{0,63}") String toEmployerId,
        @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._:-]{0,63}") String toHousingUnitId,
        @NotNull LocalDate transferDate,
        @NotNull Boolean workerConsented) {
}
