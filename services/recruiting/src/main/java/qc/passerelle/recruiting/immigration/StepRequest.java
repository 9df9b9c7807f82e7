package qc.passerelle.recruiting.immigration;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import qc.passerelle.contracts.recruiting.ImmigrationStep;

/** One outcome of one immigration step, on the day it happened. */
public record StepRequest(@NotNull ImmigrationStep step, @NotNull StepOutcome outcome, @NotNull LocalDate on) {
}
