package qc.passerelle.contracts.agriworkers;

import qc.passerelle.contracts.MobilityEvent;
import java.time.LocalDate;

/** Event agri-workers.WorkerTransferred v1; subject = workerId. */
public record WorkerTransferred(
        String workerId,
        String citizenship,
        String fromEmployerId,
        String toEmployerId,
        String toHousingUnitId,
        LocalDate transferDate,
        boolean workerConsented) implements MobilityEvent {

    @Override
    public String subject() {
        return workerId;
    }
}
