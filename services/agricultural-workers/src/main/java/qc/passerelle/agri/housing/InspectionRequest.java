package qc.passerelle.agri.housing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import qc.passerelle.agri.inspection.HousingFacts;

/** What an inspector observed, the rule set to apply and for how many occupants the unit is meant. */
public record InspectionRequest(
        @NotBlank String ruleSet,
        @NotNull @Min(1) @Max(500) Integer plannedOccupants,
        @NotNull LocalDate inspectedOn,
        @NotNull @Valid HousingFacts observed) {
}
