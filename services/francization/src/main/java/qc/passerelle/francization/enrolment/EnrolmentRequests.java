package qc.passerelle.francization.enrolment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import qc.passerelle.contracts.francization.AbandonReason;
import qc.passerelle.francization.progress.Skill;

/** The bodies of the commands on enrolments. */
public final class EnrolmentRequests {

    static final String ID = "[A-Za-z0-9][A-Za-z0-9._:-]{0,63}";
    static final String SCALE = "levels of the Québec scale go from 1 to 12";

    private EnrolmentRequests() {
    }

    /** A person who came on their own, enrolled by MIFI at an access point. */
    public record Registration(
            @NotBlank @Pattern(regexp = ID) String personId,
            @NotBlank @Size(max = 100) String givenName,
            @NotBlank @Size(max = 100) String familyName,
            @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as MX") String citizenship,
            @NotNull Integer birthYear,
            @NotBlank @Pattern(regexp = ID) String accessPointId,
            @NotNull @Min(value = 1, message = SCALE) @Max(value = 12, message = SCALE) Integer startingLevel,
            @Min(value = 1, message = SCALE) @Max(value = 12, message = SCALE) Integer targetLevel) {
    }

    /** An offer accepted, at the access point it names or at the one found for it. */
    public record Acceptance(@Pattern(regexp = ID) String accessPointId) {
    }

    /** An offer declined; the note stays here, it is never published. */
    public record Decline(@Size(max = 200) String note) {
    }

    /** A level attained in one skill, as assessed on a given day. */
    public record Assessment(
            @NotNull Skill skill,
            @NotNull @Min(value = 1, message = SCALE) @Max(value = 12, message = SCALE) Integer level,
            @NotNull LocalDate assessedOn) {
    }

    public record Abandonment(@NotNull AbandonReason reason) {
    }
}
