package qc.passerelle.contracts.recruiting;

import qc.passerelle.contracts.MobilityEvent;
import java.time.Instant;

/** Event recruiting.InterviewScheduled v1; subject = applicationId. */
public record InterviewScheduled(
        String interviewId,
        String applicationId,
        String candidateId,
        String employerId,
        Instant scheduledAt,
        InterviewMode mode) implements MobilityEvent {

    @Override
    public String subject() {
        return applicationId;
    }
}
