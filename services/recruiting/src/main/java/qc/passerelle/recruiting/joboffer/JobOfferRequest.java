package qc.passerelle.recruiting.joboffer;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import qc.passerelle.recruiting.reference.Ids;
import qc.passerelle.recruiting.reference.IsoCountry;
import qc.passerelle.recruiting.reference.NocCode;
import qc.passerelle.recruiting.reference.QuebecRegion;
import qc.passerelle.recruiting.reference.Sector;

/** A job as its employer (or a recruiter for it) publishes it. An empty list of target countries means any country. */
public record JobOfferRequest(
        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String employerId,
        @NotBlank @Size(max = 200) String title,
        @NotNull @NocCode String nocCode,
        @NotNull Sector sector,
        @NotNull QuebecRegion region,
        @NotNull @Min(1) @Max(10000) Integer positions,
        @NotNull @Min(value = 1, message = "must be a level of the Échelle québécoise, 1 to 12")
        @Max(value = 12, message = "must be a level of the Échelle québécoise, 1 to 12") Integer minimumFrenchLevel,
        @NotNull Boolean regulatedProfession,
        @NotNull @DecimalMin("0.01") @DecimalMax("1000.00") @Digits(integer = 4, fraction = 2) BigDecimal hourlyWageCad,
        @NotNull LocalDate startDate,
        @Size(max = 60) List<@NotNull @IsoCountry String> targetCountries) {

    public List<String> targetCountriesOrNone() {
        return targetCountries == null ? List.of() : targetCountries.stream().distinct().toList();
    }
}
