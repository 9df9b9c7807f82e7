package qc.passerelle.students.promotion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import qc.passerelle.contracts.students.PromotionFormat;
import qc.passerelle.messaging.outbox.PendingEvent;

/** A fair, a school visit or a webinar where a representation and institutions meet prospective students. */
public record PromotionEvent(@Id String id, String name, PromotionFormat format, String country, String city,
                             LocalDate date, Representation representation, List<String> institutionIds,
                             Instant scheduledAt, String idempotencyKey, long version, List<PendingEvent> outbox,
                             boolean outboxPending) {

    public static final String COLLECTION = "promotion_events";
}
