package qc.passerelle.agri.labour;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import qc.passerelle.agri.housing.HousingUnit;
import qc.passerelle.agri.housing.HousingUnitRepository;
import qc.passerelle.web.ConflictException;
import qc.passerelle.web.InvalidFieldException;

/**
 * Promises beds of an employer's units to a labour request, so that the open requests' positions on a unit never
 * exceed its approved capacity. Each unit's promise is one write conditional on the unit's version (two requests
 * racing for the last beds cannot both get them); a request that cannot be housed in full releases what it took.
 * A crash between the promises and the request's own write leaves promises to a request that does not exist:
 * {@link #releaseOrphans} takes them back.
 */
@Component
class CapacityReservations {

    private static final int TRIES = 5;

    private final HousingUnitRepository units;
    private final MongoTemplate mongo;
    private final Clock clock;

    CapacityReservations(HousingUnitRepository units, MongoTemplate mongo, Clock clock) {
        this.units = units;
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Reserves {@code positions} across the units, in the order given; answers the units actually used. */
    List<String> reserve(String labourRequestId, String employerId, List<String> unitIds, int positions) {
        List<String> taken = new ArrayList<>();
        int remaining = positions;
        List<String> full = new ArrayList<>();
        try {
            for (String unitId : unitIds) {
                if (remaining == 0) {
                    break;
                }
                int got = reserveOn(labourRequestId, employerId, unitId, remaining);
                if (got > 0) {
                    taken.add(unitId);
                    remaining -= got;
                } else {
                    full.add(unitId);
                }
            }
        } catch (RuntimeException e) {
            release(labourRequestId, taken);
            throw e;
        }
        if (remaining > 0) {
            release(labourRequestId, taken);
            throw new ConflictException("housingUnitIds", "the units' free approved capacity cannot hold " + positions
                    + " positions" + (full.isEmpty() ? "" : "; no free bed left in " + String.join(", ", full)));
        }
        return taken;
    }

    private int reserveOn(String labourRequestId, String employerId, String unitId, int wanted) {
        for (int attempt = 0; attempt < TRIES; attempt++) {
            HousingUnit unit = units.findById(unitId).filter(u -> u.employerId().equals(employerId))
                    .orElseThrow(() -> new InvalidFieldException("housingUnitIds",
                            "unknown housing unit " + unitId + " for employer " + employerId));
            if (unit.reservedFor(labourRequestId)) {
                return unit.reservations().stream().filter(r -> r.labourRequestId().equals(labourRequestId))
                        .mapToInt(HousingUnit.Reservation::positions).sum();
            }
            int got = Math.min(wanted, unit.freeCapacity());
            if (got == 0) {
                return 0;
            }
            // conditional on the inspection (version) and on the promises (revision) read: a racing change of
            // either makes this reservation read the unit again
            Document written = mongo.findAndModify(query(where("_id").is(unitId).and("version").is(unit.version())
                            .and(HousingUnit.RESERVATION_REVISION).is(unit.reservationRevision())),
                    new Update().push("reservations", new HousingUnit.Reservation(labourRequestId, got, clock.instant()))
                            .inc(HousingUnit.RESERVATION_REVISION, 1),
                    FindAndModifyOptions.options().returnNew(true), Document.class, HousingUnitRepository.COLLECTION);
            if (written != null) {
                return got;
            }
        }
        throw new ConflictException("housingUnitIds", "housing unit " + unitId + " keeps changing; try again");
    }

    void release(String labourRequestId, List<String> unitIds) {
        for (String unitId : unitIds) {
            mongo.updateFirst(query(where("_id").is(unitId)),
                    new Update().pull("reservations", new Document("labourRequestId", labourRequestId))
                            .inc(HousingUnit.RESERVATION_REVISION, 1),
                    HousingUnitRepository.COLLECTION);
        }
    }
}
