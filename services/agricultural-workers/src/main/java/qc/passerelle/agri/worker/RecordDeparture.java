package qc.passerelle.agri.worker;

import java.util.Optional;
import java.util.Set;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import qc.passerelle.contracts.agriworkers.WorkerDeparted;
import qc.passerelle.messaging.outbox.CommandKeys;
import qc.passerelle.security.Caller;
import qc.passerelle.web.InvalidFieldException;

/** Records that a present (or absent) worker has left; publishes {@code WorkerDeparted} in the same write. */
@Service
public class RecordDeparture {

    private static final Set<WorkerStatus> CAN_DEPART = Set.of(WorkerStatus.PRESENT, WorkerStatus.ABSENT);

    private final WorkerCommands commands;

    RecordDeparture(WorkerCommands commands) {
        this.commands = commands;
    }

    public Worker record(String workerId, TransitionRequests.Departure request, Caller caller, Optional<String> idempotencyKey) {
        return commands.apply(workerId, caller, idempotencyKey, CommandKeys.fingerprint("departure", request), CAN_DEPART,
                worker -> {
                    if (request.departureDate().isBefore(worker.arrivalDate())) {
                        throw new InvalidFieldException("departureDate", "a worker cannot depart before arriving on " + worker.arrivalDate());
                    }
                    return new WorkerCommands.Change(new Update().set("status", WorkerStatus.DEPARTED)
                            .set("departureDate", request.departureDate()).set("departureReason", request.reason()),
                            new WorkerDeparted(workerId, worker.citizenship(), worker.employerId(), request.departureDate(),
                                    request.reason()));
                });
    }
}
