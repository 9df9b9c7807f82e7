package qc.passerelle.messaging.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import qc.passerelle.contracts.EventEnvelope;

/**
 * An event waiting in its aggregate's document until the relay has published it. It lives in the same document as
 * the state change that produced it, so both are written by one single-document (atomic) write.
 */
public record PendingEvent(String eventId, String type, String source, String subject, Instant time,
                           String dataSchema, long sequence, String data) {

    public static PendingEvent of(EventEnvelope envelope) {
        return new PendingEvent(envelope.id(), envelope.type(), envelope.source(), envelope.subject(), envelope.time(),
                envelope.dataSchema(), envelope.sequence(), envelope.dataAsString());
    }

    public EventEnvelope envelope() {
        return new EventEnvelope(eventId, type, source, subject, time, dataSchema, sequence,
                data.getBytes(StandardCharsets.UTF_8));
    }
}
