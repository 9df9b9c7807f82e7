package qc.passerelle.francization.accesspoint;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new access point as MIFI declares it; which fields are needed depends on the kind ({@link AccessPointRules}). */
public record AccessPointRequest(
        @NotNull AccessPointKind kind,
        @NotBlank @Size(max = 200) String name,
        @Size(min = 1, max = 100) String city,
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as MX") String country,
        QuebecRegion region,
        @Size(min = 1, max = 200) String organisation) {
}
