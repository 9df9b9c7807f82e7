package qc.passerelle.agri.labour;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import qc.passerelle.agri.housing.HousingUnit;
import qc.passerelle.agri.housing.HousingUnitRepository;
import qc.passerelle.messaging.store.Exists;

/**
 * Frees beds promised to a labour request that was never written (the service stopped between the promise and the
 * request). Off the command path, on a slow timer; a promise is left alone for a grace period so that a request
 * being submitted right now is not robbed. Running it on two instances at once is harmless: freeing is a pull.
 */
@Component
class OrphanReservationSweep {

    private static final Logger log = LoggerFactory.getLogger(OrphanReservationSweep.class);
    static final Duration GRACE = Duration.ofMinutes(5);

    private final MongoTemplate mongo;
    private final CapacityReservations reservations;
    private final Clock clock;

    OrphanReservationSweep(MongoTemplate mongo, CapacityReservations reservations, Clock clock) {
        this.mongo = mongo;
        this.reservations = reservations;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT5M")
    void sweep() {
        sweep(clock.instant().minus(GRACE));
    }

    int sweep(Instant promisedBefore) {
        Query withPromises = query(where("reservations.0").exists(true));
        withPromises.fields().include("reservations");
        withPromises.cursorBatchSize(1000);
        int freed = 0;
        for (HousingUnit unit : mongo.find(withPromises, HousingUnit.class, HousingUnitRepository.COLLECTION)) {
            for (HousingUnit.Reservation promise : unit.reservations()) {
                if (promise.reservedAt().isBefore(promisedBefore)
                        && !Exists.in(mongo, query(where("_id").is(promise.labourRequestId())), LabourRequest.COLLECTION)) {
                    reservations.release(promise.labourRequestId(), List.of(unit.id()));
                    freed++;
                }
            }
        }
        if (freed > 0) {
            log.info("freed {} bed promise(s) of labour requests that were never written", freed);
        }
        return freed;
    }
}
