package qc.passerelle.contracts.agriworkers;

import qc.passerelle.contracts.MobilityEvent;
import java.time.LocalDate;

/** Event agri-workers.WorkerAbsent v1; subject = workerId. */
public record WorkerAbsent(
        String workerId,
        String citizenship,
        String employerId,
        String housingUnitId,
        LocalDate lastSeenOn) implements MobilityEvent {

    @Override
    public String subject() {
        return workerId;
    }
}
