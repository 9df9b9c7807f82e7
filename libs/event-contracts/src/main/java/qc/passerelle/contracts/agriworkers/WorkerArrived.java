package qc.passerelle.contracts.agriworkers;

import qc.passerelle.contracts.MobilityEvent;
import java.time.LocalDate;

/** Event agri-workers.WorkerArrived v1; subject = workerId. */
public record WorkerArrived(
        String workerId,
        String givenName,
        String familyName,
        String citizenship,
        int birthYear,
        WorkerStream stream,
        String employerId,
        String housingUnitId,
        int season,
        LocalDate arrivalDate,
        String flightNumber,
        boolean returning) implements MobilityEvent {

    @Override
    public String subject() {
        return workerId;
    }
}
