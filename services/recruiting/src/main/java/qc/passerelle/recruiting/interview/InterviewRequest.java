package qc.passerelle.recruiting.interview;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import qc.passerelle.contracts.recruiting.InterviewMode;

/** When and how: a place for an interview in person, a link for a video call. */
public record InterviewRequest(
        @NotNull Instant scheduledAt,
        @NotNull InterviewMode mode,
        @Size(max = 300) String place,
        @Size(max = 500) String link) {
}
