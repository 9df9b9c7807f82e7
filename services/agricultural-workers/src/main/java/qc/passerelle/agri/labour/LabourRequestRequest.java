package qc.passerelle.agri.labour;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import qc.passerelle.contracts.agriworkers.WorkerStream;

/** An employer's request for a season's workers, and the housing that will receive them. */
public record LabourRequestRequest(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._:-]{0,63}") String employerId,
        @NotNull @Min(2020) @Max(2100) Integer season,
        @NotNull WorkerStream stream,
        @NotNull @Min(1) @Max(1000) Integer positions,
        @NotEmpty @Size(max = 30) List<@Pattern(regexp = "[A-Z]{2}", message = "must be ISO 3166-1 alpha-2 codes") String> sendingCountries,
        @NotNull LocalDate arrivalWindowStart,
        @NotNull LocalDate arrivalWindowEnd,
        @NotEmpty @Size(max = 50) List<@NotBlank String> housingUnitIds) {
}
