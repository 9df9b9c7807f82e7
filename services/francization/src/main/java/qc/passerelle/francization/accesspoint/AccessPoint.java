package qc.passerelle.francization.accesspoint;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.springframework.data.annotation.Id;
import qc.passerelle.contracts.francization.LearningChannel;
import qc.passerelle.messaging.outbox.PendingEvent;

/**
 * A place where French is taught: the online platform, an Alliance française or partner school abroad (city,
 * country), or a class in Quebec (region, organisation). An aggregate like the others (version, outbox), although the
 * catalogue has no event for it yet.
 */
public record AccessPoint(@Id String id, AccessPointKind kind, String name, String city, String country,
                          QuebecRegion region, String organisation, Instant registeredAt, String idempotencyKey,
                          long version, List<PendingEvent> outbox, boolean outboxPending) {

    public static final String COLLECTION = "access_points";

    public LearningChannel channel() {
        return kind.channel();
    }

    public View view() {
        return new View(id, kind, kind.channel(), name, city, country, region, organisation);
    }

    public record View(String accessPointId, AccessPointKind kind, LearningChannel channel, String name, String city,
                       String country, QuebecRegion region, String organisation) {
    }

    /** Whether a repeated Idempotency-Key came with the request that created this one. */
    boolean answers(AccessPointRequest r) {
        return kind == r.kind() && name.equals(r.name().strip()) && Objects.equals(city, r.city())
                && Objects.equals(country, r.country()) && region == r.region()
                && Objects.equals(organisation, r.organisation());
    }
}
