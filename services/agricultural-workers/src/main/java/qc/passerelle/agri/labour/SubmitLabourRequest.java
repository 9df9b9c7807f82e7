package qc.passerelle.agri.labour;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.util.UUID;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;
import qc.passerelle.agri.housing.HousingUnit;
import qc.passerelle.agri.housing.HousingUnitRepository;
import qc.passerelle.contracts.agriworkers.InspectionResult;
import qc.passerelle.contracts.agriworkers.LabourRequestSubmitted;
import qc.passerelle.messaging.outbox.Outbox;
import qc.passerelle.web.ConflictException;
import qc.passerelle.web.InvalidFieldException;

/**
 * Accepts a labour request only if its housing can hold the positions: the sum of the approved capacities of the
 * units' latest compliant inspections. A unit never inspected, or whose latest inspection failed, holds nobody.
 */
@Service
class SubmitLabourRequest {

    private final MongoTemplate mongo;
    private final HousingUnitRepository units;
    private final Outbox outbox;
    private final Clock clock;

    SubmitLabourRequest(MongoTemplate mongo, HousingUnitRepository units, Outbox outbox, Clock clock) {
        this.mongo = mongo;
        this.units = units;
        this.outbox = outbox;
        this.clock = clock;
    }

    LabourRequest submit(LabourRequestRequest request) {
        if (request.arrivalWindowEnd().isBefore(request.arrivalWindowStart())) {
            throw new InvalidFieldException("arrivalWindowEnd", "the arrival window ends after it starts");
        }
        int capacity = 0;
        for (String unitId : request.housingUnitIds()) {
            HousingUnit unit = units.findInScope(unitId, where("employerId").is(request.employerId())).orElseThrow(() -> new InvalidFieldException("housingUnitIds",
                    "unknown housing unit " + unitId + " for employer " + request.employerId()));
            capacity += approvedCapacity(unit);
        }
        if (capacity < request.positions()) {
            throw new ConflictException("the housing's approved capacity (" + capacity + ") cannot hold "
                    + request.positions() + " positions");
        }
        String id = "lr-" + UUID.randomUUID();
        LabourRequestSubmitted event = new LabourRequestSubmitted(id, request.employerId(), request.season(),
                request.stream(), request.positions(), request.sendingCountries(), request.arrivalWindowStart(),
                request.arrivalWindowEnd(), request.housingUnitIds());
        LabourRequest stored = new LabourRequest(id, request.employerId(), request.season(), request.stream().name(),
                request.positions(), request.sendingCountries(), request.arrivalWindowStart(), request.arrivalWindowEnd(),
                request.housingUnitIds(), capacity, clock.instant(), outbox.events(event), true);
        mongo.insert(stored, LabourRequest.COLLECTION);
        return stored;
    }

    private static int approvedCapacity(HousingUnit unit) {
        HousingUnit.LatestInspection inspection = unit.latestInspection();
        if (inspection == null || inspection.evaluation().result() != InspectionResult.COMPLIANT) {
            return 0;
        }
        return inspection.evaluation().approvedCapacity();
    }
}
