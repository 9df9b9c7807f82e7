package qc.passerelle.recruiting.employer;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What an employer may change in its own record. Name, NEQ, region and main sector are what other services copied
 * from {@code EmployerRegistered}; the catalogue has no event to tell them of a change, so those stay as registered.
 */
public record EmployerDetailsRequest(
        @NotBlank @Email @Size(max = 254) String contactEmail,
        @Pattern(regexp = "\\+?[0-9 ().-]{7,25}", message = "must be a telephone number") String contactPhone,
        @NotNull Boolean needsLmia) {
}
