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

/** Sends one envelope to its context's topic in CloudEvents binary mode, keyed by aggregate id. */
public class EventPublisher {

    private final Producer<String, byte[]> producer;

    public EventPublisher(Producer<String, byte[]> producer) {
        this.producer = producer;
    }

    /** Never throws: a send the producer refuses at once comes back as a failed future, like any other failure. */
    public Future<RecordMetadata> send(EventEnvelope envelope) {
        try {
            String topic = EventCatalogue.byCeType(envelope.type())
                    .orElseThrow(() -> new IllegalArgumentException("not in the catalogue: " + envelope.type()))
                    .topic();
            List<Header> headers = new ArrayList<>();
            envelope.headers().forEach((name, value) -> headers.add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8))));
            return producer.send(new ProducerRecord<>(topic, null, envelope.subject(), envelope.data(), headers));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    public void close() {
        producer.close();
    }
}
