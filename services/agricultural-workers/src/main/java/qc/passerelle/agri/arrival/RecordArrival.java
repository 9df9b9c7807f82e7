package qc.passerelle.agri.arrival;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import qc.passerelle.contracts.agriworkers.WorkerArrived;
import qc.passerelle.messaging.outbox.Outbox;
import qc.passerelle.web.ConflictException;

/** Records a worker's arrival and, in the same write, the {@code WorkerArrived} event for the relay. */
@Service
public class RecordArrival {

    public record Result(Worker worker, boolean created) {
    }

    private final WorkerRepository workers;
    private final Outbox outbox;
    private final Clock clock;

    RecordArrival(WorkerRepository workers, Outbox outbox, Clock clock) {
        this.workers = workers;
        this.outbox = outbox;
        this.clock = clock;
    }

    public Result record(ArrivalRequest request, Optional<String> idempotencyKey) {
        ArrivalRules.check(request, LocalDate.now(clock));
        Optional<Result> earlier = idempotencyKey.flatMap(key -> earlier(key, request));
        if (earlier.isPresent()) {
            return earlier.get();
        }
        int season = request.arrivalDate().getYear();
        String seasonKey = Worker.seasonKey(request.citizenship(), request.givenName(), request.familyName(),
                request.birthYear(), season);
        if (workers.arrivedThisSeason(seasonKey)) {
            throw alreadyArrived(season);
        }
        String workerId = "wkr-" + UUID.randomUUID();
        WorkerArrived event = new WorkerArrived(workerId, request.givenName(), request.familyName(),
                request.citizenship(), request.birthYear(), request.stream(), request.employerId(),
                request.housingUnitId(), season, request.arrivalDate(), request.flightNumber(), request.returning());
        Worker worker = new Worker(workerId, request.givenName(), request.familyName(), request.citizenship(),
                request.birthYear(), request.stream(), request.employerId(), request.housingUnitId(), season,
                request.arrivalDate(), request.flightNumber(), request.returning(), WorkerStatus.PRESENT,
                clock.instant(), idempotencyKey.orElse(null), List.of(), null, null, seasonKey, outbox.events(event), true);
        try {
            workers.insert(worker);
            return new Result(worker, true);
        } catch (DuplicateKeyException raced) {
            // a twin request won the race: the same key answers what it stored, the same person is a conflict
            Optional<Result> stored = idempotencyKey.flatMap(key -> earlier(key, request));
            if (stored.isPresent()) {
                return stored.get();
            }
            throw workers.arrivedThisSeason(seasonKey) ? alreadyArrived(season) : raced;
        }
    }

    private static ConflictException alreadyArrived(int season) {
        return new ConflictException("this worker has already arrived in season " + season);
    }

    private Optional<Result> earlier(String key, ArrivalRequest request) {
        return workers.findByIdempotencyKey(key).map(worker -> {
            if (!request.equals(ArrivalRequest.of(worker))) {
                throw new ConflictException("Idempotency-Key " + key + " was already used for a different arrival");
            }
            return new Result(worker, false);
        });
    }
}
