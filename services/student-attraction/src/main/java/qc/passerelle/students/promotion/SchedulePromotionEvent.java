package qc.passerelle.students.promotion;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import qc.passerelle.contracts.students.PromotionEventScheduled;
import qc.passerelle.contracts.students.PromotionFormat;
import qc.passerelle.messaging.outbox.CreateOnce;
import qc.passerelle.messaging.outbox.Outbox;
import qc.passerelle.messaging.store.TimeOrderedIds;
import qc.passerelle.students.institution.InstitutionRepository;
import qc.passerelle.students.validation.CountryCodes;
import qc.passerelle.web.InvalidFieldException;

/** Schedules a promotion event with the registered institutions taking part; publishes {@code PromotionEventScheduled}. */
@Service
class SchedulePromotionEvent {

    /** Events are planned up to three years ahead and recorded up to a year after they took place. */
    private static final int YEARS_AHEAD = 3;

    private final CreateOnce createOnce;
    private final InstitutionRepository institutions;
    private final Outbox outbox;
    private final Clock clock;

    SchedulePromotionEvent(CreateOnce createOnce, InstitutionRepository institutions, Outbox outbox, Clock clock) {
        this.createOnce = createOnce;
        this.institutions = institutions;
        this.outbox = outbox;
        this.clock = clock;
    }

    PromotionEvent schedule(PromotionEventRequest request, Optional<String> idempotencyKey) {
        CountryCodes.require("country", request.country());
        LocalDate today = LocalDate.now(clock);
        if (request.date().isBefore(today.minusYears(1)) || request.date().isAfter(today.plusYears(YEARS_AHEAD))) {
            throw new InvalidFieldException("date", "a promotion event is dated within a year past and "
                    + YEARS_AHEAD + " years ahead");
        }
        if (request.format() == PromotionFormat.IN_PERSON && request.city() == null) {
            throw new InvalidFieldException("city", "an event in person takes place in a city");
        }
        List<String> participants = List.copyOf(new LinkedHashSet<>(request.institutionIds()));
        List<String> unknown = new ArrayList<>(participants);
        unknown.removeAll(institutions.registered(participants));
        if (!unknown.isEmpty()) {
            throw new InvalidFieldException("institutionIds", "not registered institutions: " + unknown);
        }
        return createOnce.insert(PromotionEvent.COLLECTION, PromotionEvent.class, idempotencyKey,
                earlier -> earlier.name().equals(request.name()) && earlier.date().equals(request.date())
                        && earlier.country().equals(request.country()) && earlier.institutionIds().equals(participants),
                () -> newEvent(request, participants, idempotencyKey));
    }

    private PromotionEvent newEvent(PromotionEventRequest request, List<String> participants,
                                    Optional<String> idempotencyKey) {
        String id = "evt-" + TimeOrderedIds.next();
        PromotionEventScheduled event = new PromotionEventScheduled(id, request.name(), request.format(),
                request.country(), request.city(), request.date(), participants);
        return new PromotionEvent(id, request.name(), request.format(), request.country(), request.city(),
                request.date(), request.representation(), participants, clock.instant(), idempotencyKey.orElse(null),
                1, outbox.events(event), true);
    }
}
