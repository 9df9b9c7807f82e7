package qc.passerelle.agri.arrival;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import qc.passerelle.contracts.MobilityEvent;
import qc.passerelle.messaging.outbox.Outbox;
import qc.passerelle.security.Caller;
import qc.passerelle.web.ConflictException;
import qc.passerelle.web.NotFoundException;

/**
 * The one way a command changes a worker: find it within the caller's scope, answer a repeated Idempotency-Key with
 * the current state, then write the change, its event and the key in one conditional, atomic update. The condition
 * (e.g. "still present") is checked by the database in the same step, so two racing commands cannot both pass.
 */
@Service
public class WorkerCommands {

    /** A change to a worker and the event that announces it. */
    public record Change(Update update, MobilityEvent event) {
    }

    private final WorkerRepository workers;
    private final Outbox outbox;

    WorkerCommands(WorkerRepository workers, Outbox outbox) {
        this.workers = workers;
        this.outbox = outbox;
    }

    public Worker apply(String workerId, Caller caller, Optional<String> idempotencyKey, Set<WorkerStatus> allowedFrom,
                        Function<Worker, Change> change) {
        Worker worker = WorkerScope.of(caller).flatMap(scope -> workers.findInScope(workerId, scope))
                .orElseThrow(() -> new NotFoundException("no worker " + workerId));
        if (idempotencyKey.isPresent() && worker.commandKeys().contains(idempotencyKey.get())) {
            return worker;
        }
        if (!allowedFrom.contains(worker.status())) {
            throw notPossible(worker);
        }
        Change c = change.apply(worker);
        idempotencyKey.ifPresent(key -> c.update().push("commandKeys", key));
        Criteria stillAllowed = Criteria.where("status").in(allowedFrom);
        if (!workers.updateIf(workerId, stillAllowed, outbox.append(c.update(), c.event()))) {
            Worker now = workers.findById(workerId).orElseThrow();
            if (idempotencyKey.isPresent() && now.commandKeys().contains(idempotencyKey.get())) {
                return now;
            }
            throw notPossible(now);
        }
        return workers.findById(workerId).orElseThrow();
    }

    private static ConflictException notPossible(Worker worker) {
        return new ConflictException("worker " + worker.id() + " is " + worker.status() + ": this change is not possible");
    }
}
