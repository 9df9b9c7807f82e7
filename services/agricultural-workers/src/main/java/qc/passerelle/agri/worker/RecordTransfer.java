package qc.passerelle.agri.worker;

import java.util.Optional;
import java.util.Set;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import qc.passerelle.contracts.agriworkers.WorkerTransferred;
import qc.passerelle.messaging.outbox.CommandKeys;
import qc.passerelle.security.Caller;
import qc.passerelle.web.InvalidFieldException;

/** Moves a present worker to another known employer and one of its units, with the worker's consent. */
@Service
class RecordTransfer {

    private final WorkerCommands commands;
    private final ReceivingHousing housing;

    RecordTransfer(WorkerCommands commands, ReceivingHousing housing) {
        this.commands = commands;
        this.housing = housing;
    }

    Worker record(String workerId, TransitionRequests.Transfer request, Caller caller, Optional<String> idempotencyKey) {
        if (!request.workerConsented()) {
            throw new InvalidFieldException("workerConsented", "a transfer needs the worker's consent");
        }
        return commands.apply(workerId, caller, idempotencyKey, CommandKeys.fingerprint("transfer", request),
                Set.of(WorkerStatus.PRESENT), worker -> {
                    if (request.toEmployerId().equals(worker.employerId())) {
                        throw new InvalidFieldException("toEmployerId", "the worker already works for " + worker.employerId());
                    }
                    if (request.transferDate().isBefore(worker.arrivalDate())) {
                        throw new InvalidFieldException("transferDate", "a transfer happens after the arrival on " + worker.arrivalDate());
                    }
                    housing.check("toEmployerId", request.toEmployerId(), "toHousingUnitId", request.toHousingUnitId());
                    return new WorkerCommands.Change(new Update().set("employerId", request.toEmployerId())
                            .set("housingUnitId", request.toHousingUnitId()),
                            new WorkerTransferred(workerId, worker.citizenship(), worker.employerId(), request.toEmployerId(),
                                    request.toHousingUnitId(), request.transferDate(), true));
                });
    }
}
