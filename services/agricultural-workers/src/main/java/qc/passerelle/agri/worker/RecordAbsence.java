package qc.passerelle.agri.worker;

import java.util.Optional;
import java.util.Set;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import qc.passerelle.contracts.agriworkers.WorkerAbsent;
import qc.passerelle.messaging.outbox.CommandKeys;
import qc.passerelle.security.Caller;
import qc.passerelle.web.InvalidFieldException;

/** Reports a present worker as absent; {@code WorkerAbsent} reaches the employer, MIFI and the consulate. */
@Service
class RecordAbsence {

    private final WorkerCommands commands;

    RecordAbsence(WorkerCommands commands) {
        this.commands = commands;
    }

    Worker record(String workerId, TransitionRequests.Absence request, Caller caller, Optional<String> idempotencyKey) {
        return commands.apply(workerId, caller, idempotencyKey, CommandKeys.fingerprint("absence", request),
                Set.of(WorkerStatus.PRESENT), worker -> {
                    if (request.lastSeenOn().isBefore(worker.arrivalDate())) {
                        throw new InvalidFieldException("lastSeenOn", "a worker is last seen after arriving on " + worker.arrivalDate());
                    }
                    return new WorkerCommands.Change(new Update().set("status", WorkerStatus.ABSENT)
                            .set("lastSeenOn", request.lastSeenOn()),
                            new WorkerAbsent(workerId, worker.citizenship(), worker.employerId(), worker.housingUnitId(),
                                    request.lastSeenOn()));
                });
    }
}
