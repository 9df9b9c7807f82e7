package qc.passerelle.students.prospect;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import qc.passerelle.contracts.students.StudyLevel;

/**
 * A prospect met at a promotion event ({@code promotionEventId}) or registered online (none). Personal data is kept to
 * what the strategy's follow-up needs: no passport number, no address.
 */
public record ProspectRequest(
        @NotBlank @Size(max = 100) String givenName,
        @NotBlank @Size(max = 100) String familyName,
        @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as MX") String citizenship,
        @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as MX") String countryOfResidence,
        @NotNull Integer birthYear,
        @NotBlank @Size(max = 100) String fieldOfInterest,
        @NotNull StudyLevel levelOfInterest,
        @Min(value = 1, message = "is a level of the Échelle québécoise, 1 to 12")
        @Max(value = 12, message = "is a level of the Échelle québécoise, 1 to 12") Integer declaredFrenchLevel,
        @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._:-]{0,63}") String promotionEventId) {
}
