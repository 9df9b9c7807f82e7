package qc.passerelle.students.prospect;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;

/** The bodies of the steps that follow an admission, in their order. */
public final class StepRequests {

    private StepRequests() {
    }

    /** MIFI issues the CAQ for studies on the strength of one admission. */
    public record Caq(@NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._:-]{0,63}") String applicationId,
                      @NotNull LocalDate issuedOn, @NotNull LocalDate validUntil) {
    }

    /** The federal study permit, recorded once the CAQ is there. */
    public record StudyPermit(@NotNull LocalDate issuedOn, @NotNull LocalDate validUntil) {
    }

    public record Arrival(@NotNull LocalDate arrivedOn) {
    }
}
