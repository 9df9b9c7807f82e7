package qc.passerelle.messaging.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import qc.passerelle.contracts.EventEnvelope;
import qc.passerelle.messaging.trace.TraceContext;
import qc.passerelle.messaging.trace.TraceParent;

/**
 * An event waiting in its aggregate's document until the relay has published it. It lives in the same document as
 * the state change that produced it, so both are written by one single-document (atomic) write. {@code traceparent}
 * is the W3C trace context of the request or record that wrote it; entries written before it existed have none.
 */
public record PendingEvent(String eventId, String type, String source, String subject, Instant time,
                           String dataSchema, long sequence, String data, String traceparent) {

    /** The envelope as written by the thread's current request or record (a new trace outside both). */
    public static PendingEvent of(EventEnvelope envelope) {
        return of(envelope, TraceContext.currentOrFresh());
    }

    public static PendingEvent of(EventEnvelope envelope, TraceParent cause) {
        return new PendingEvent(envelope.id(), envelope.type(), envelope.source(), envelope.subject(), envelope.time(),
                envelope.dataSchema(), envelope.sequence(), envelope.dataAsString(), cause.header());
    }

    public EventEnvelope envelope() {
        return new EventEnvelope(eventId, type, source, subject, time, dataSchema, sequence,
                data.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The trace context its record carries: a new span in the trace of what wrote it, or a new trace for an entry
     * that recorded none (or an unreadable one), so that every published event can be followed from its consumers.
     */
    public TraceParent publishedTrace() {
        return TraceParent.parse(traceparent).map(TraceParent::child).orElseGet(TraceParent::fresh);
    }
}
