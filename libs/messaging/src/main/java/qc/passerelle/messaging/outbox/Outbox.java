package qc.passerelle.messaging.outbox;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.springframework.data.mongodb.core.query.Update;
import qc.passerelle.contracts.EventEnvelope;
import qc.passerelle.contracts.MobilityEvent;

/**
 * Puts events into an aggregate's own document. A document that carries events has {@value #EVENTS} (in order) and
 * {@value #PENDING} = true, which is what the relay looks for.
 */
public final class Outbox {

    public static final String EVENTS = "outbox";
    public static final String PENDING = "outboxPending";
    public static final String LEASE_UNTIL = "outboxLeaseUntil";
    public static final String LEASE_OWNER = "outboxLeaseOwner";
    public static final String ATTEMPTS = "outboxAttempts";
    public static final String LAST_ERROR = "outboxLastError";

    private final Clock clock;

    public Outbox(Clock clock) {
        this.clock = clock;
    }

    /** The events for a new aggregate document: store them in its {@value #EVENTS} field and set {@value #PENDING}. */
    public List<PendingEvent> events(MobilityEvent... events) {
        return Arrays.stream(events).map(e -> PendingEvent.of(EventEnvelope.wrap(e, clock.instant()))).toList();
    }

    /** Adds the events to an update of an existing aggregate document, in the same atomic write. */
    public Update append(Update update, MobilityEvent... events) {
        update.push(EVENTS).each(events(events).toArray());
        update.set(PENDING, true);
        return update;
    }
}
