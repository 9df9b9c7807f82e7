package qc.passerelle.agri.labour;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Service;
import qc.passerelle.agri.employer.KnownEmployers;
import qc.passerelle.contracts.agriworkers.LabourRequestSubmitted;
import qc.passerelle.messaging.outbox.CreateOnce;
import qc.passerelle.messaging.outbox.Outbox;
import qc.passerelle.messaging.store.TimeOrderedIds;
import qc.passerelle.web.ConflictException;
import qc.passerelle.web.InvalidFieldException;

/**
 * Accepts a labour request only if its housing can hold the positions: beds of the units' latest compliant
 * inspections that no other open request has been promised. The beds are reserved first, then the request is
 * written with its event; a request with an Idempotency-Key keeps the same id across retries, so a retry after a
 * crash finds its own reservations instead of taking more, and {@link OrphanReservationSweep} frees the beds of a
 * request whose own write never happened.
 */
@Service
class SubmitLabourRequest implements InitializingBean {

    private final CreateOnce createOnce;
    private final CapacityReservations reservations;
    private final KnownEmployers employers;
    private final Outbox outbox;
    private final Clock clock;

    SubmitLabourRequest(CreateOnce createOnce, CapacityReservations reservations, KnownEmployers employers,
                        Outbox outbox, Clock clock) {
        this.createOnce = createOnce;
        this.reservations = reservations;
        this.employers = employers;
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
        if (request.housingUnitIds().stream().distinct().count() != request.housingUnitIds().size()) {
            throw new InvalidFieldException("housingUnitIds", "each housing unit is named once");
        }
        String id = idempotencyKey.map(k -> "lr-" + UUID.nameUUIDFromBytes(k.getBytes(StandardCharsets.UTF_8)))
                .orElseGet(() -> "lr-" + TimeOrderedIds.next());
        return createOnce.insert(LabourRequest.COLLECTION, LabourRequest.class, idempotencyKey,
                earlier -> earlier.answers(request), () -> newRequest(id, request, idempotencyKey));
    }

    private LabourRequest newRequest(String id, LabourRequestRequest request, Optional<String> idempotencyKey) {
        if (!employers.exists(request.employerId())) {
            throw new ConflictException("employerId", "employer " + request.employerId()
                    + " is not registered: recruiting registers employers, and this service learns of them from it");
        }
        // if the write below fails, the beds stay promised to a request that does not exist: the sweep frees them
        reservations.reserve(id, request.employerId(), request.housingUnitIds(), request.positions());
        LabourRequestSubmitted event = new LabourRequestSubmitted(id, request.employerId(), request.season(),
                request.stream(), request.positions(), request.sendingCountries(), request.arrivalWindowStart(),
                request.arrivalWindowEnd(), request.housingUnitIds());
        return new LabourRequest(id, request.employerId(), request.season(), request.stream().name(),
                request.positions(), request.sendingCountries(), request.arrivalWindowStart(), request.arrivalWindowEnd(),
                request.housingUnitIds(), request.positions(), clock.instant(), idempotencyKey.orElse(null), 1,
                outbox.events(event), true);
    }
}
