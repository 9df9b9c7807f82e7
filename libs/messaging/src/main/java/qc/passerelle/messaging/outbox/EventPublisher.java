package qc.passerelle.messaging.outbox;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import qc.passerelle.contracts.EventCatalogue;
import qc.passerelle.contracts.EventEnvelope;
import qc.passerelle.messaging.trace.TraceParent;

/** Sends one envelope to its context's topic in CloudEvents binary mode, keyed by aggregate id. */
public class EventPublisher {

    private final Producer<String, byte[]> producer;

    public EventPublisher(Producer<String, byte[]> producer) {
        this.producer = producer;
    }

    /** Never throws: a send the producer refuses at once comes back as a failed future, like any other failure. */
    public Future<RecordMetadata> send(EventEnvelope envelope) {
        return send(envelope, null);
    }

    /**
     * Sends with a W3C {@code traceparent} header besides the CloudEvents ones (the name of CloudEvents' distributed
     * tracing extension), so that consumers log under the trace of the request that caused the event.
     */
    public Future<RecordMetadata> send(EventEnvelope envelope, TraceParent trace) {
        try {
            String topic = EventCatalogue.byCeType(envelope.type())
                    .orElseThrow(() -> new IllegalArgumentException("not in the catalogue: " + envelope.type()))
                    .topic();
            List<Header> headers = new ArrayList<>();
            envelope.headers().forEach((name, value) -> headers.add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8))));
            if (trace != null) {
                headers.add(new RecordHeader(TraceParent.HEADER, trace.header().getBytes(StandardCharsets.UTF_8)));
            }
            return producer.send(new ProducerRecord<>(topic, null, envelope.subject(), envelope.data(), headers));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    public void close() {
        producer.close();
    }
}
