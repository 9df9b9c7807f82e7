package qc.passerelle.agri.inspection;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/** What a housing unit offers, as declared by the employer or observed by an inspector. */
public record HousingFacts(
        @NotEmpty @Size(max = 100) List<@Valid Room> rooms,
        @NotNull @Min(0) Integer toilets,
        @NotNull @Min(0) Integer showers,
        @NotNull @Min(0) Integer sinks,
        @NotNull @Min(0) Integer stoves,
        @NotNull @Min(0) Integer fridges,
        @NotNull Boolean heating,
        @NotNull Boolean potableWater,
        @NotNull @Min(0) Integer smokeDetectors,
        @NotNull @Min(0) Integer fireExtinguishers) {

    /** One bedroom: its floor area, its beds (a bunk bed counts once here) and the smallest gap between two beds. */
    public record Room(@NotBlank @Size(max = 50) String name,
                       @NotNull @DecimalMin("0.0") BigDecimal areaM2,
                       @NotNull @Min(0) Integer beds,
                       @NotNull @Min(0) Integer bunkBeds,
                       @Min(0) Integer minBedSpacingCm) {

        /** Sleeping places: a bunk bed sleeps two where bunk beds are allowed. */
        int places(boolean bunkBedsAllowed) {
            return beds + (bunkBedsAllowed ? 2 * bunkBeds : bunkBeds);
        }
    }

    public int bedPlaces(boolean bunkBedsAllowed) {
        return rooms.stream().mapToInt(r -> r.places(bunkBedsAllowed)).sum();
    }
}
