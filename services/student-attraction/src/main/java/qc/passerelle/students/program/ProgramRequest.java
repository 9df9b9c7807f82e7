package qc.passerelle.students.program;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import qc.passerelle.contracts.students.StudyLevel;
import qc.passerelle.contracts.students.TeachingLanguage;

/** A program as its institution lists it; the institution is the caller's. */
public record ProgramRequest(
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 100) String field,
        @NotNull StudyLevel level,
        @NotNull TeachingLanguage language,
        @NotEmpty @Size(max = 12) List<String> intakeTerms,
        @NotNull Boolean labourShortageAligned,
        @NotNull @Min(1) @Max(10000) Integer seats) {
}
