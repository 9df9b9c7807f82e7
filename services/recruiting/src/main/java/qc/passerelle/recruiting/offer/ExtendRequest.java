package qc.passerelle.recruiting.offer;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** When the job starts and by when the candidate answers. */
public record ExtendRequest(@NotNull LocalDate startDate, @NotNull LocalDate respondBy) {
}
