package qc.passerelle.contracts.alerts;

import qc.passerelle.contracts.MobilityEvent;
import java.time.LocalDate;

/** Event alerts.WorkerMissing v1; subject = workerId. */
public record WorkerMissing(
        String alertId,
        String workerId,
        String citizenship,
        String employerId,
        LocalDate lastSeenOn) implements MobilityEvent {

    @Override
    public String subject() {
        return workerId;
    }
}
