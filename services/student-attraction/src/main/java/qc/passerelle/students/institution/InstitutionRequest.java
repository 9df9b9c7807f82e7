package qc.passerelle.students.institution;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import qc.passerelle.contracts.students.InstitutionType;

/** MIFI registers an institution under the code its staff's tokens carry. */
public record InstitutionRequest(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._:-]{0,63}") String institutionId,
        @NotBlank @Size(max = 200) String name,
        @NotNull InstitutionType type,
        @NotNull QuebecRegion region) {
}
