package qc.passerelle.agri.worker;

import java.time.LocalDate;
import qc.passerelle.contracts.agriworkers.DepartureReason;
import qc.passerelle.contracts.agriworkers.WorkerStream;

public record WorkerResponse(String workerId, String givenName, String familyName, String citizenship, int birthYear,
                             WorkerStream stream, String employerId, String housingUnitId, int season,
                             LocalDate arrivalDate, String flightNumber, boolean returning, WorkerStatus status,
                             LocalDate departureDate, DepartureReason departureReason, LocalDate lastSeenOn,
                             long version) {

    public static WorkerResponse of(Worker w) {
        return new WorkerResponse(w.id(), w.givenName(), w.familyName(), w.citizenship(), w.birthYear(), w.stream(),
                w.employerId(), w.housingUnitId(), w.season(), w.arrivalDate(), w.flightNumber(), w.returning(),
                w.status(), w.departureDate(), w.departureReason(), w.lastSeenOn(), w.version());
    }
}
