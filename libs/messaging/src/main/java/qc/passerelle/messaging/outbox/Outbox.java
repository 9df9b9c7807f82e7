package qc.passerelle.messaging.outbox;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.mongodb.core.query.Update;
import qc.passerelle.contracts.EventEnvelope;
import qc.passerelle.contracts.MobilityEvent;
import qc.passerelle.messaging.trace.TraceContext;
import qc.passerelle.messaging.trace.TraceParent;

/**
 * Puts events into an aggregate's own document (ADR 0001), numbered by the aggregate's {@value #VERSION}: the n-th
 * event an aggregate ever produced carries sequence n, so consumers can tell a newer event from an older one. A
 * document that carries events has them in {@value #EVENTS}, in order, and {@value #PENDING} = true. Each event
 * records the trace context of the request or record that wrote it, which its Kafka record carries on.
 */
public final class Outbox {

    public static final String EVENTS = "outbox";
    public static final String PENDING = "outboxPending";
    /** How many events the aggregate has produced: also its optimistic-concurrency version. */
    public static final String VERSION = "version";
    public static final String LEASE_UNTIL = "outboxLeaseUntil";
    public static final String LEASE_OWNER = "outboxLeaseOwner";
    /** Failed publication passes in a row, whatever the cause: drives the back-off. */
    public static final String ATTEMPTS = "outboxAttempts";
    /** Failures that the broker blamed on the record itself: drives parking. */
    public static final String REJECTIONS = "outboxRejections";
    public static final String NEXT_ATTEMPT_AT = "outboxNextAttemptAt";
    public static final String LAST_ERROR = "outboxLastError";
    /** Set when the broker kept refusing the head event: the relay leaves the aggregate alone until MIFI replays it. */
    public static final String PARKED = "outboxParked";

    private final Clock clock;

    public Outbox(Clock clock) {
        this.clock = clock;
    }

    /** The events of a new aggregate, numbered from 1; store them in {@value #EVENTS} and their count as its version. */
    public List<PendingEvent> events(MobilityEvent... events) {
        return numbered(0, events);
    }

    /**
     * Adds the events to an update of an aggregate that was read at {@code version}, in the same atomic write, and
     * moves the version on. The caller makes the write conditional on the version it read.
     */
    public Update append(Update update, long version, MobilityEvent... events) {
        if (events.length == 0) {
            return update;
        }
        update.push(EVENTS).each(numbered(version, events).toArray());
        update.set(PENDING, true);
        update.set(VERSION, version + events.length);
        return update;
    }

    private List<PendingEvent> numbered(long version, MobilityEvent... events) {
        // the request or record this thread works for; its consumers will log under the same trace id
        TraceParent cause = TraceContext.currentOrFresh();
        List<PendingEvent> numbered = new ArrayList<>(events.length);
        for (int i = 0; i < events.length; i++) {
            numbered.add(PendingEvent.of(EventEnvelope.wrap(events[i], clock.instant(), version + i + 1), cause));
        }
        return numbered;
    }
}
