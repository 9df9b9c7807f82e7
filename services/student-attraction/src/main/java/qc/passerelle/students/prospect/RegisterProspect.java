package qc.passerelle.students.prospect;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import qc.passerelle.contracts.students.StudentProspectRegistered;
import qc.passerelle.messaging.outbox.CreateOnce;
import qc.passerelle.messaging.outbox.Outbox;
import qc.passerelle.messaging.store.TimeOrderedIds;
import qc.passerelle.security.Caller;
import qc.passerelle.security.Role;
import qc.passerelle.students.promotion.PromotionEventRepository;
import qc.passerelle.students.validation.CountryCodes;
import qc.passerelle.web.InvalidFieldException;

/** Registers a prospect and, in the same write, {@code StudentProspectRegistered}. */
@Service
class RegisterProspect {

    /** Students of the programs listed here are at least 14 (vocational training) and rarely over 80. */
    private static final int YOUNGEST = 14;
    private static final int OLDEST = 80;

    private final CreateOnce createOnce;
    private final PromotionEventRepository events;
    private final Outbox outbox;
    private final Clock clock;

    RegisterProspect(CreateOnce createOnce, PromotionEventRepository events, Outbox outbox, Clock clock) {
        this.createOnce = createOnce;
        this.events = events;
        this.outbox = outbox;
        this.clock = clock;
    }

    Prospect register(ProspectRequest request, Caller caller, Optional<String> idempotencyKey) {
        check(request);
        return createOnce.insert(Prospect.COLLECTION, Prospect.class, idempotencyKey,
                earlier -> earlier.givenName().equals(request.givenName())
                        && earlier.familyName().equals(request.familyName())
                        && earlier.citizenship().equals(request.citizenship()) && earlier.birthYear() == request.birthYear(),
                () -> newProspect(request, caller, idempotencyKey));
    }

    private void check(ProspectRequest request) {
        CountryCodes.require("citizenship", request.citizenship());
        CountryCodes.require("countryOfResidence", request.countryOfResidence());
        int year = LocalDate.now(clock).getYear();
        if (request.birthYear() < year - OLDEST || request.birthYear() > year - YOUNGEST) {
            throw new InvalidFieldException("birthYear", "a prospect is born between " + (year - OLDEST) + " and "
                    + (year - YOUNGEST));
        }
        if (request.promotionEventId() != null && !events.exists(request.promotionEventId())) {
            throw new InvalidFieldException("promotionEventId", "no promotion event " + request.promotionEventId());
        }
    }

    private Prospect newProspect(ProspectRequest request, Caller caller, Optional<String> idempotencyKey) {
        String id = "pro-" + TimeOrderedIds.next();
        // an institution that meets a prospect keeps sight of them; one registered by MIFI concerns no institution yet
        List<String> concerned = caller.is(Role.INSTITUTION) ? List.of(caller.institutionId()) : List.of();
        StudentProspectRegistered event = new StudentProspectRegistered(id, request.givenName(), request.familyName(),
                request.citizenship(), request.birthYear(), request.promotionEventId());
        return new Prospect(id, request.givenName(), request.familyName(), request.citizenship(),
                request.countryOfResidence(), request.birthYear(), request.fieldOfInterest(), request.levelOfInterest(),
                request.declaredFrenchLevel(), request.promotionEventId(), concerned, null, null, null,
                clock.instant(), idempotencyKey.orElse(null), List.of(), 1, outbox.events(event), true);
    }
}
