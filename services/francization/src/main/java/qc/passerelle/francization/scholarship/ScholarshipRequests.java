package qc.passerelle.francization.scholarship;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The bodies of the scholarship commands. */
public final class ScholarshipRequests {

    static final String PROGRAM = "[a-z0-9][a-z0-9-]{1,63}";
    static final String PROGRAM_MESSAGE = "a program is named by lower-case letters, digits and dashes, such as allocation-temps-complet";

    private ScholarshipRequests() {
    }

    /** A program's budget for a year. */
    public record Budget(
            @NotBlank @Pattern(regexp = PROGRAM, message = PROGRAM_MESSAGE) String program,
            @NotBlank @Size(max = 200) String programName,
            @NotNull @Min(2020) @Max(2100) Integer year,
            @NotNull BigDecimal amountCad) {
    }

    /** A scholarship for the enrolment's person, from the budget of the year the period starts in. */
    public record Award(
            @NotBlank @Pattern(regexp = PROGRAM, message = PROGRAM_MESSAGE) String program,
            @NotNull BigDecimal amountCad,
            @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._:-]{0,63}") String accessPointId,
            @NotNull LocalDate periodStart,
            @NotNull LocalDate periodEnd) {
    }
}
