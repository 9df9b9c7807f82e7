package qc.passerelle.recruiting.mission;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import qc.passerelle.recruiting.reference.IsoCountry;
import qc.passerelle.recruiting.reference.Sector;

/** A mission as MIFI or a recruiter schedules it; the city is required unless the mission is virtual. */
public record MissionRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull MissionFormat format,
        @NotNull @IsoCountry String country,
        @Size(max = 200) String city,
        @NotNull LocalDate startDate,
        @NotNull LocalDate endDate,
        @NotNull Instant applicationOpensAt,
        @NotNull Instant applicationClosesAt,
        @NotEmpty @Size(max = 12) List<@NotNull Sector> sectors) {
}
