package qc.passerelle.students.promotion;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import qc.passerelle.contracts.students.PromotionFormat;

public record PromotionEventRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull PromotionFormat format,
        @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as CO") String country,
        @Size(min = 1, max = 200) String city,
        @NotNull LocalDate date,
        @NotNull Representation representation,
        @NotNull @Size(max = 50) List<@NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._:-]{0,63}") String> institutionIds) {
}
