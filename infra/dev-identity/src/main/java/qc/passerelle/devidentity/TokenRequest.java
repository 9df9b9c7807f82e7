package qc.passerelle.devidentity;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** {@code {"subject": "...", "roles": ["CONSULATE"], "country": "GT"}}, or employer_id / institution_id. */
record TokenRequest(
        @NotBlank @Size(max = 100) String subject,
        @NotEmpty List<@Pattern(regexp = "MIFI|RECRUITER|EMPLOYER|CONSULATE|INSPECTOR|INSTITUTION|CANDIDATE",
                message = "must be one of MIFI, RECRUITER, EMPLOYER, CONSULATE, INSPECTOR, INSTITUTION, CANDIDATE") String> roles,
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as GT") String country,
        @JsonProperty("employer_id") @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._:-]{0,63}") String employerId,
        @JsonProperty("institution_id") @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._:-]{0,63}") String institutionId,
        @JsonProperty("expires_in") @Min(60) @Max(86400) Integer expiresIn) {
}
