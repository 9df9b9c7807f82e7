package qc.passerelle.agri.transfer;

import java.util.Optional;
import java.util.Set;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import qc.passerelle.agri.arrival.Worker;
import qc.passerelle.agri.arrival.WorkerCommands;
import qc.passerelle.agri.arrival.WorkerStatus;
import qc.passerelle.agri.employer.KnownEmployers;
import qc.passerelle.contracts.agriworkers.WorkerTransferred;
import qc.passerelle.security.Caller;
import qc.passerelle.web.ConflictException;
import qc.passerelle.web.InvalidFieldException;

/** Moves a present worker to another known employer, with the worker's consent. */
@Service
class RecordTransfer {

    private final WorkerCommands commands;
    private final KnownEmployers employers;

    RecordTransfer(WorkerCommands commands, KnownEmployers employers) {
        this.commands = commands;
        this.employers = employers;
    }

    Worker record(String workerId, TransferRequest request, Caller caller, Optional<String> idempotencyKey) {
        if (!request.workerConsented()) {
            throw new InvalidFieldException("workerConsented", "a transfer needs the worker's consent");
        }
        return commands.apply(workerId, caller, idempotencyKey, Set.of(WorkerStatus.PRESENT), worker -> {
            if (!employers.exists(request.toEmployerId())) {
                throw new ConflictException("employer " + request.toEmployerId() + " is not registered");
            }
            if (request.toEmployerId().equals(worker.employerId())) {
                throw new InvalidFieldException("toEmployerId", "the worker already works for " + worker.employerId());
            }
            if (request.transferDate().isBefore(worker.arrivalDate())) {
                throw new InvalidFieldException("transferDate", "a transfer happens after the arrival on " + worker.arrivalDate());
            }
            return new WorkerCommands.Change(new Update().set("employerId", request.toEmployerId())
                    .set("housingUnitId", request.toHousingUnitId()),
                    new WorkerTransferred(workerId, worker.citizenship(), worker.employerId(), request.toEmployerId(),
                            request.toHousingUnitId(), request.transferDate(), true));
        });
    }
}
