package qc.passerelle.recruiting.mission;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import qc.passerelle.recruiting.reference.Ids;

/** An employer joining a mission with some of its published job offers. */
public record JoinRequest(
        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String employerId,
        @NotEmpty @Size(max = 200) List<@NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String> jobOfferIds) {
}
