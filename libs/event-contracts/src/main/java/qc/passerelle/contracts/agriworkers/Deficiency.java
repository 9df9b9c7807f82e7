package qc.passerelle.contracts.agriworkers;

import java.time.LocalDate;

public record Deficiency(
        String deficiencyId,
        String rule,
        String expected,
        String observed,
        LocalDate deadline) {
}
