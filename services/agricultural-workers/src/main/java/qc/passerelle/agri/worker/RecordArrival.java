package qc.passerelle.agri.worker;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import qc.passerelle.contracts.agriworkers.WorkerArrived;
import qc.passerelle.messaging.outbox.CommandKeys;
import qc.passerelle.messaging.outbox.CreateOnce;
import qc.passerelle.messaging.outbox.Outbox;
import qc.passerelle.messaging.store.TimeOrderedIds;
import qc.passerelle.web.ConflictException;

/** Records a worker's arrival and, in the same write, the {@code WorkerArrived} event for the relay. */
@Service
public class RecordArrival {

    private final CreateOnce createOnce;
    private final ReceivingHousing housing;
    private final Outbox outbox;
    private final Clock clock;

    RecordArrival(CreateOnce createOnce, ReceivingHousing housing, Outbox outbox, Clock clock) {
        this.createOnce = createOnce;
        this.housing = housing;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The worker this arrival created, or the one an earlier request with the same key created. */
    public Worker record(ArrivalRequest request, Optional<String> idempotencyKey) {
        ArrivalRules.check(request, LocalDate.now(clock));
        int season = request.arrivalDate().getYear();
        String seasonKey = Worker.seasonKey(request.citizenship(), request.givenName(), request.familyName(),
                request.birthYear(), season);
        String fingerprint = CommandKeys.fingerprint("arrival", request);
        try {
            // the checks below only read: the insert goes first (CreateOnce.insertFirst)
            return createOnce.insertFirst(Worker.COLLECTION, Worker.class, idempotencyKey,
                    earlier -> earlier.commandKeys().stream().anyMatch(c -> c.fingerprint().equals(fingerprint)), () -> {
                        housing.check("employerId", request.employerId(), "housingUnitId", request.housingUnitId());
                        // an arrival already recorded this season is found by the insert itself: the season key is
                        // a unique index, so the duplicate key below says it in the same write
                        return newWorker(request, idempotencyKey, fingerprint, season, seasonKey);
                    });
        } catch (DuplicateKeyException arrived) {
            // the same person arrived already this season (or a twin arrival under another key won the race)
            throw alreadyArrived(season);
        }
    }

    private Worker newWorker(ArrivalRequest request, Optional<String> idempotencyKey, String fingerprint, int season,
                             String seasonKey) {
        String workerId = "wkr-" + TimeOrderedIds.next();
        WorkerArrived event = new WorkerArrived(workerId, request.givenName(), request.familyName(),
                request.citizenship(), request.birthYear(), request.stream(), request.employerId(),
                request.housingUnitId(), season, request.arrivalDate(), request.flightNumber(), request.returning());
        return new Worker(workerId, request.givenName(), request.familyName(), request.citizenship(),
                request.birthYear(), request.stream(), request.employerId(), request.housingUnitId(), season,
                request.arrivalDate(), request.flightNumber(), request.returning(), WorkerStatus.PRESENT,
                clock.instant(), idempotencyKey.orElse(null),
                idempotencyKey.map(k -> List.of(new CommandKeys.CommandKey(k, fingerprint))).orElse(List.of()),
                null, null, null, seasonKey, 1,
                outbox.events(event), true);
    }

    private static ConflictException alreadyArrived(int season) {
        return new ConflictException("this worker has already arrived in season " + season);
    }
}
