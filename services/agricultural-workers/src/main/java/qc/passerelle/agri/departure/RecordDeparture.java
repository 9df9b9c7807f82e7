package qc.passerelle.agri.departure;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import qc.passerelle.agri.arrival.Worker;
import qc.passerelle.agri.arrival.WorkerRepository;
import qc.passerelle.agri.arrival.WorkerScope;
import qc.passerelle.security.Caller;
import qc.passerelle.agri.arrival.WorkerStatus;
import qc.passerelle.contracts.agriworkers.WorkerDeparted;
import qc.passerelle.messaging.outbox.Outbox;
import qc.passerelle.web.ConflictException;
import qc.passerelle.web.InvalidFieldException;
import qc.passerelle.web.NotFoundException;

/** Records that a present (or absent) worker has left; publishes {@code WorkerDeparted} in the same write. */
@Service
public class RecordDeparture {

    private static final List<String> CAN_DEPART = List.of(WorkerStatus.PRESENT.name(), WorkerStatus.ABSENT.name());

    private final WorkerRepository workers;
    private final Outbox outbox;

    RecordDeparture(WorkerRepository workers, Outbox outbox) {
        this.workers = workers;
        this.outbox = outbox;
    }

    public Worker record(String workerId, DepartureRequest request, Caller caller, Optional<String> idempotencyKey) {
        Worker worker = WorkerScope.of(caller).flatMap(scope -> workers.findInScope(workerId, scope))
                .orElseThrow(() -> new NotFoundException("no worker " + workerId));
        if (idempotencyKey.isPresent() && worker.commandKeys().contains(idempotencyKey.get())) {
            return worker;
        }
        if (request.departureDate().isBefore(worker.arrivalDate())) {
            throw new InvalidFieldException("departureDate", "a worker cannot depart before arriving on " + worker.arrivalDate());
        }
        WorkerDeparted event = new WorkerDeparted(workerId, worker.citizenship(), worker.employerId(),
                request.departureDate(), request.reason());
        Update update = new Update().set("status", WorkerStatus.DEPARTED)
                .set("departureDate", request.departureDate()).set("departureReason", request.reason());
        idempotencyKey.ifPresent(key -> update.push("commandKeys", key));
        // the status condition makes the check and the change one atomic step: two departures cannot both pass
        Criteria stillHere = where("status").in(CAN_DEPART);
        if (!workers.updateIf(workerId, stillHere, outbox.append(update, event))) {
            Worker now = workers.findById(workerId).orElseThrow();
            if (idempotencyKey.isPresent() && now.commandKeys().contains(idempotencyKey.get())) {
                return now;
            }
            throw new ConflictException("worker " + workerId + " is " + now.status() + " and cannot depart");
        }
        return workers.findById(workerId).orElseThrow();
    }
}
