package qc.passerelle.agri.housing;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import qc.passerelle.agri.employer.KnownEmployers;
import qc.passerelle.contracts.agriworkers.HousingUnitRegistered;
import qc.passerelle.messaging.outbox.CreateOnce;
import qc.passerelle.messaging.outbox.Outbox;
import qc.passerelle.messaging.store.TimeOrderedIds;
import qc.passerelle.web.ConflictException;

/** Registers a unit of a known employer and, in the same write, its {@code HousingUnitRegistered} event. */
@Service
class RegisterHousingUnit {

    private final CreateOnce createOnce;
    private final KnownEmployers employers;
    private final Outbox outbox;
    private final Clock clock;

    RegisterHousingUnit(CreateOnce createOnce, KnownEmployers employers, Outbox outbox, Clock clock) {
        this.createOnce = createOnce;
        this.employers = employers;
        this.outbox = outbox;
        this.clock = clock;
    }

    HousingUnit register(HousingUnitRequest request, Optional<String> idempotencyKey) {
        return createOnce.insert(HousingUnitRepository.COLLECTION, HousingUnit.class, idempotencyKey,
                earlier -> earlier.employerId().equals(request.employerId()) && earlier.address().equals(request.address())
                        && earlier.region() == request.region() && earlier.declared().equals(request.facts()),
                () -> newUnit(request, idempotencyKey));
    }

    private HousingUnit newUnit(HousingUnitRequest request, Optional<String> idempotencyKey) {
        if (!employers.exists(request.employerId())) {
            throw new ConflictException("employerId", "employer " + request.employerId()
                    + " is not registered: recruiting registers employers, and this service learns of them from it");
        }
        String id = "unit-" + TimeOrderedIds.next();
        HousingUnitRegistered event = new HousingUnitRegistered(id, request.employerId(), request.address(),
                request.region().name(), request.facts().rooms().size(), request.facts().bedPlaces(true));
        return new HousingUnit(id, request.employerId(), request.address(), request.region(), request.facts(),
                null, List.of(), List.of(), List.of(), 0, clock.instant(), idempotencyKey.orElse(null), 1,
                outbox.events(event), true);
    }
}
