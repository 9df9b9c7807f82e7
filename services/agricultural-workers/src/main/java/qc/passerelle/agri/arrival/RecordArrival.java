package qc.passerelle.agri.arrival;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import qc.passerelle.contracts.agriworkers.WorkerArrived;
import qc.passerelle.messaging.outbox.CreateOnce;
import qc.passerelle.messaging.outbox.Outbox;
import qc.passerelle.web.ConflictException;

/** Records a worker's arrival and, in the same write, the {@code WorkerArrived} event for the relay. */
@Service
public class RecordArrival {

    private final WorkerRepository workers;
    private final CreateOnce createOnce;
    private final Outbox outbox;
    private final Clock clock;

    RecordArrival(WorkerRepository workers, CreateOnce createOnce, Outbox outbox, Clock clock) {
        this.workers = workers;
        this.createOnce = createOnce;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The worker this arrival created, or the one an earlier request with the same key created. */
    public Worker record(ArrivalRequest request, Optional<String> idempotencyKey) {
        ArrivalRules.check(request, LocalDate.now(clock));
        int season = request.arrivalDate().getYear();
        String seasonKey = Worker.seasonKey(request.citizenship(), request.givenName(), request.familyName(),
                request.birthYear(), season);
        try {
            return createOnce.insert(WorkerRepository.COLLECTION, Worker.class, idempotencyKey,
                    earlier -> request.equals(ArrivalRequest.of(earlier)), () -> {
                        if (workers.arrivedThisSeason(seasonKey)) {
                            throw alreadyArrived(season);
                        }
                        return newWorker(request, idempotencyKey, season, seasonKey);
                    });
        } catch (DuplicateKeyException raced) {
            // a twin arrival of the same person won the race
            throw workers.arrivedThisSeason(seasonKey) ? alreadyArrived(season) : raced;
        }
    }

    private Worker newWorker(ArrivalRequest request, Optional<String> idempotencyKey, int season, String seasonKey) {
        String workerId = "wkr-" + UUID.randomUUID();
        WorkerArrived event = new WorkerArrived(workerId, request.givenName(), request.familyName(),
                request.citizenship(), request.birthYear(), request.stream(), request.employerId(),
                request.housingUnitId(), season, request.arrivalDate(), request.flightNumber(), request.returning());
        return new Worker(workerId, request.givenName(), request.familyName(), request.citizenship(),
                request.birthYear(), request.stream(), request.employerId(), request.housingUnitId(), season,
                request.arrivalDate(), request.flightNumber(), request.returning(), WorkerStatus.PRESENT,
                clock.instant(), idempotencyKey.orElse(null), List.of(), null, null, seasonKey, outbox.events(event), true);
    }

    private static ConflictException alreadyArrived(int season) {
        return new ConflictException("this worker has already arrived in season " + season);
    }
}
