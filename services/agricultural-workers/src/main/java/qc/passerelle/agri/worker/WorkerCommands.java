package qc.passerelle.agri.worker;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import qc.passerelle.contracts.MobilityEvent;
import qc.passerelle.messaging.outbox.AggregateStore;
import qc.passerelle.messaging.outbox.CommandKeys;
import qc.passerelle.messaging.outbox.Outbox;
import qc.passerelle.security.Caller;
import qc.passerelle.web.ConflictException;
import qc.passerelle.web.NotFoundException;

/**
 * The one way a command changes a worker: find it within the caller's scope, answer a repeated Idempotency-Key with
 * the current state, then write the change, its event and the key in one atomic update conditional on the version
 * that was read, the status and the caller's scope. A command that loses a race to another answers 409: the event it
 * would have published was built from a state that no longer holds.
 */
@Service
public class WorkerCommands {

    /** A change to a worker and the event that announces it. */
    public record Change(Update update, MobilityEvent event) {
    }

    private final WorkerRepository workers;
    private final AggregateStore store;
    private final Outbox outbox;

    WorkerCommands(WorkerRepository workers, AggregateStore store, Outbox outbox) {
        this.workers = workers;
        this.store = store;
        this.outbox = outbox;
    }

    public Worker apply(String workerId, Caller caller, Optional<String> idempotencyKey, String fingerprint,
                        Set<WorkerStatus> allowedFrom, Function<Worker, Change> change) {
        Criteria scope = WorkerScope.POLICY.require(caller);
        Worker worker = workers.findInScope(workerId, scope).orElseThrow(() -> new NotFoundException("no worker " + workerId));
        if (CommandKeys.alreadyApplied(worker.commandKeys(), idempotencyKey, fingerprint)) {
            return worker;
        }
        if (!allowedFrom.contains(worker.status())) {
            throw notPossible(worker);
        }
        Change c = change.apply(worker);
        Update update = CommandKeys.remember(outbox.append(c.update(), worker.version(), c.event()), idempotencyKey, fingerprint);
        Criteria stillAllowed = new Criteria().andOperator(Criteria.where("status").in(allowedFrom), scope);
        return store.updateAtVersion(Worker.COLLECTION, workerId, worker.version(), stillAllowed, update, Worker.class)
                .orElseGet(() -> lostRace(workerId, scope, idempotencyKey, fingerprint));
    }

    /** Another command changed the worker first: a twin of this one is answered as done, anything else is a 409. */
    private Worker lostRace(String workerId, Criteria scope, Optional<String> idempotencyKey, String fingerprint) {
        Worker now = workers.findInScope(workerId, scope).orElseThrow(() -> new ConflictException(
                "worker " + workerId + " changed meanwhile and is no longer yours to change"));
        if (CommandKeys.alreadyApplied(now.commandKeys(), idempotencyKey, fingerprint)) {
            return now;
        }
        throw new ConflictException("worker " + workerId + " changed meanwhile (now " + now.status()
                + "): read it again before trying this change");
    }

    private static ConflictException notPossible(Worker worker) {
        return new ConflictException("worker " + worker.id() + " is " + worker.status() + ": this change is not possible");
    }
}
