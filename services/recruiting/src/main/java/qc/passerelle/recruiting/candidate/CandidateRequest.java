package qc.passerelle.recruiting.candidate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import qc.passerelle.recruiting.reference.IsoCountry;
import qc.passerelle.recruiting.reference.IsoLanguage;
import qc.passerelle.recruiting.reference.NocCode;

/** What a candidate tells about themselves once, before applying to offers. */
public record CandidateRequest(
        @NotBlank @Size(max = 100) String givenName,
        @NotBlank @Size(max = 100) String familyName,
        @NotBlank @Email @Size(max = 254) String email,
        @NotNull @IsoCountry String citizenship,
        @NotNull @IsoCountry String countryOfResidence,
        @NotNull @Min(1900) Integer birthYear,
        @NotBlank @Size(max = 200) String profession,
        @NotNull @NocCode String nocCode,
        @NotNull @Min(0) @Max(60) Integer yearsOfExperience,
        @NotNull @Min(value = 1, message = "must be a level of the Échelle québécoise, 1 to 12")
        @Max(value = 12, message = "must be a level of the Échelle québécoise, 1 to 12") Integer declaredFrenchLevel,
        @Size(max = 20) List<@NotNull @IsoLanguage String> otherLanguages) {

    public List<String> otherLanguagesOrNone() {
        return otherLanguages == null ? List.of() : otherLanguages.stream().distinct().toList();
    }
}
