package qc.passerelle.contracts.agriworkers;

import qc.passerelle.contracts.MobilityEvent;
import java.time.LocalDate;

/** Event agri-workers.WorkerDeparted v1; subject = workerId. */
public record WorkerDeparted(
        String workerId,
        String citizenship,
        String employerId,
        LocalDate departureDate,
        DepartureReason reason) implements MobilityEvent {

    @Override
    public String subject() {
        return workerId;
    }
}
