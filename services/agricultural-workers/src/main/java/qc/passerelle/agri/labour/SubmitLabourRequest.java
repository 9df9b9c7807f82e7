package qc.passerelle.agri.labour;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Service;
import qc.passerelle.agri.housing.HousingUnit;
import qc.passerelle.agri.housing.HousingUnitRepository;
import qc.passerelle.contracts.agriworkers.InspectionResult;
import qc.passerelle.contracts.agriworkers.LabourRequestSubmitted;
import qc.passerelle.messaging.outbox.CreateOnce;
import qc.passerelle.messaging.outbox.Outbox;
import qc.passerelle.web.ConflictException;
import qc.passerelle.web.InvalidFieldException;

/**
 * Accepts a labour request only if its housing can hold the positions: the sum of the approved capacities of the
 * units' latest compliant inspections. A unit never inspected, or whose latest inspection failed, holds nobody.
 */
@Service
class SubmitLabourRequest implements InitializingBean {

    private final CreateOnce createOnce;
    private final HousingUnitRepository units;
    private final Outbox outbox;
    private final Clock clock;

    SubmitLabourRequest(CreateOnce createOnce, HousingUnitRepository units, Outbox outbox, Clock clock) {
        this.createOnce = createOnce;
        this.units = units;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public void afterPropertiesSet() {
        createOnce.createIndex(LabourRequest.COLLECTION);
    }

    LabourRequest submit(LabourRequestRequest request, Optional<String> idempotencyKey) {
        if (request.arrivalWindowEnd().isBefore(request.arrivalWindowStart())) {
            throw new InvalidFieldException("arrivalWindowEnd", "the arrival window ends after it starts");
        }
        return createOnce.insert(LabourRequest.COLLECTION, LabourRequest.class, idempotencyKey,
                earlier -> earlier.answers(request), () -> newRequest(request, idempotencyKey));
    }

    private LabourRequest newRequest(LabourRequestRequest request, Optional<String> idempotencyKey) {
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
        return new LabourRequest(id, request.employerId(), request.season(), request.stream().name(),
                request.positions(), request.sendingCountries(), request.arrivalWindowStart(), request.arrivalWindowEnd(),
                request.housingUnitIds(), capacity, clock.instant(), idempotencyKey.orElse(null), outbox.events(event), true);
    }

    private static int approvedCapacity(HousingUnit unit) {
        HousingUnit.LatestInspection inspection = unit.latestInspection();
        if (inspection == null || inspection.evaluation().result() != InspectionResult.COMPLIANT) {
            return 0;
        }
        return inspection.evaluation().approvedCapacity();
    }
}
