package qc.passerelle.recruiting.immigration;

import java.util.function.Function;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import qc.passerelle.contracts.recruiting.ImmigrationStepCompleted;
import qc.passerelle.contracts.recruiting.RecruitArrived;
import qc.passerelle.messaging.outbox.CommandKeys;
import qc.passerelle.recruiting.support.AggregateChanges;
import qc.passerelle.security.Caller;
import qc.passerelle.web.NotFoundException;

/**
 * Records a step of a hire's immigration file, or the arrival, in order. An approved step publishes
 * {@code ImmigrationStepCompleted}, the arrival {@code RecruitArrived} (ADR 0011); requests and refusals are kept in
 * the file only. Each write is conditional on the history it was checked against, so two clerks recording at once
 * cannot both append.
 */
@Service
class RecordImmigrationStep {

    private final AggregateChanges changes;
    private final HireConfirmation confirmation;
    private final Clock clock;

    RecordImmigrationStep(AggregateChanges changes, HireConfirmation confirmation, Clock clock) {
        this.changes = changes;
        this.confirmation = confirmation;
        this.clock = clock;
    }

    ImmigrationFile step(String candidateId, StepRequest request, Caller caller, Optional<String> key) {
        LocalDate today = LocalDate.now(clock);
        return change(candidateId, caller, key, CommandKeys.fingerprint("immigration step", request), file -> {
            List<ImmigrationFile.StepRecord> done = steps(file);
            ImmigrationPath.checkStep(file.lmiaRequired(), done, file.arrivedOn(), request.step(), request.outcome(),
                    request.on(), today);
            Update update = new Update().push("steps",
                    new ImmigrationFile.StepRecord(request.step(), request.outcome(), request.on(), caller.subject()));
            return request.outcome() == StepOutcome.APPROVED
                    ? AggregateChanges.Change.of(update, unchangedSince(done),
                            new ImmigrationStepCompleted(candidateId, file.offerId(), request.step(), request.on()))
                    : AggregateChanges.Change.of(update, unchangedSince(done));
        });
    }

    ImmigrationFile arrival(String candidateId, ArrivalRequest request, Caller caller, Optional<String> key) {
        LocalDate today = LocalDate.now(clock);
        return change(candidateId, caller, key, CommandKeys.fingerprint("arrival", request), file -> {
            ImmigrationPath.checkArrival(file.lmiaRequired(), steps(file), file.arrivedOn(), request.arrivedOn(), today);
            return AggregateChanges.Change.of(new Update().set("arrivedOn", request.arrivedOn()),
                    new Criteria().andOperator(unchangedSince(steps(file)), where("arrivedOn").isNull()),
                    new RecruitArrived(candidateId, file.offerId(), file.employerId(), file.citizenship(),
                            request.arrivedOn()));
        });
    }

    private ImmigrationFile change(String candidateId, Caller caller, Optional<String> key, String fingerprint,
                                   Function<ImmigrationFile, AggregateChanges.Change> decide) {
        Criteria scope = ImmigrationFileScope.POLICY.require(caller);
        ImmigrationFile file = changes.find(ImmigrationFile.COLLECTION, ImmigrationFile.class, candidateId, scope)
                .orElseThrow(() -> noHire(candidateId));
        if (!confirmation.confirmed(file.offerId())) {
            throw noHire(candidateId);
        }
        return changes.apply(ImmigrationFile.COLLECTION, ImmigrationFile.class, "immigration file", candidateId, scope,
                key, fingerprint, decide);
    }

    private static Criteria unchangedSince(List<ImmigrationFile.StepRecord> done) {
        return where("steps").size(done.size());
    }

    private static List<ImmigrationFile.StepRecord> steps(ImmigrationFile file) {
        return file.steps() == null ? List.of() : file.steps();
    }

    private static NotFoundException noHire(String candidateId) {
        return new NotFoundException("no accepted employment offer, hence no immigration file, for candidate " + candidateId);
    }
}
