package qc.passerelle.agri.housing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import qc.passerelle.agri.inspection.HousingFacts;

/** A unit as its employer declares it before any inspection. */
public record HousingUnitRequest(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._:-]{0,63}") String employerId,
        @NotBlank @Size(max = 200) String address,
        @NotNull QuebecRegion region,
        @NotNull @Valid HousingFacts facts) {
}
