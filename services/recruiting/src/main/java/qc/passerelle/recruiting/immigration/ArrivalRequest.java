package qc.passerelle.recruiting.immigration;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

public record ArrivalRequest(@NotNull LocalDate arrivedOn) {
}
