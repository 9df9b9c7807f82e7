package qc.passerelle.recruiting.employer;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import qc.passerelle.recruiting.reference.Ids;
import qc.passerelle.recruiting.reference.QuebecRegion;
import qc.passerelle.recruiting.reference.Sector;

/**
 * An employer as MIFI or a recruiter registers it; the first sector is its main one. {@code employerId} is optional:
 * the id the identity provider already puts in the employer's tokens ({@code employer_id}), else one is made.
 */
public record EmployerRequest(
        @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String employerId,
        @NotBlank @Size(max = 200) String legalName,
        @NotNull @Pattern(regexp = "[0-9]{10}", message = "must be a Quebec enterprise number (NEQ): 10 digits") String neq,
        @NotNull QuebecRegion region,
        @NotEmpty @Size(max = 12) List<@NotNull Sector> sectors,
        @NotBlank @Email @Size(max = 254) String contactEmail,
        @Pattern(regexp = "\\+?[0-9 ().-]{7,25}", message = "must be a telephone number") String contactPhone,
        @NotNull Boolean needsLmia) {
}
