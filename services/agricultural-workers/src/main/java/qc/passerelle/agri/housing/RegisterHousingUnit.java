package qc.passerelle.agri.housing;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import qc.passerelle.contracts.agriworkers.HousingUnitRegistered;
import qc.passerelle.messaging.outbox.Outbox;
import qc.passerelle.web.ConflictException;

/** Registers a unit and, in the same write, its {@code HousingUnitRegistered} event. */
@Service
class RegisterHousingUnit {

    private final HousingUnitRepository units;
    private final Outbox outbox;
    private final Clock clock;

    RegisterHousingUnit(HousingUnitRepository units, Outbox outbox, Clock clock) {
        this.units = units;
        this.outbox = outbox;
        this.clock = clock;
    }

    HousingUnit register(HousingUnitRequest request, Optional<String> idempotencyKey) {
        Optional<HousingUnit> earlier = idempotencyKey.flatMap(key -> earlier(key, request));
        if (earlier.isPresent()) {
            return earlier.get();
        }
        String id = "unit-" + UUID.randomUUID();
        HousingUnitRegistered event = new HousingUnitRegistered(id, request.employerId(), request.address(),
                request.region().name(), request.facts().rooms().size(), request.facts().bedPlaces(true));
        HousingUnit unit = new HousingUnit(id, request.employerId(), request.address(), request.region(), request.facts(),
                null, List.of(), List.of(), clock.instant(), idempotencyKey.orElse(null), outbox.events(event), true);
        try {
            units.insert(unit);
            return unit;
        } catch (DuplicateKeyException raced) {
            return idempotencyKey.flatMap(key -> earlier(key, request)).orElseThrow(() -> raced);
        }
    }

    private Optional<HousingUnit> earlier(String key, HousingUnitRequest request) {
        return units.findByIdempotencyKey(key).map(unit -> {
            if (!unit.employerId().equals(request.employerId()) || !unit.address().equals(request.address())
                    || unit.region() != request.region() || !unit.declared().equals(request.facts())) {
                throw new ConflictException("Idempotency-Key " + key + " was already used for a different housing unit");
            }
            return unit;
        });
    }
}
