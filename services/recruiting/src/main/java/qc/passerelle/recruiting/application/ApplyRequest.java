package qc.passerelle.recruiting.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import qc.passerelle.recruiting.reference.Ids;

/** Applying to one job offer of a mission; the candidate is the caller. */
public record ApplyRequest(
        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String missionId,
        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String jobOfferId) {
}
