package qc.passerelle.messaging.consumer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import qc.passerelle.contracts.Topics;

/**
 * Writes a record that can never be processed to {@code <topic>.dlq}, unchanged, with where it came from, which
 * consumer group gave up on it and why. Waits for the broker: a dead letter that is not stored is not sent.
 */
public class DeadLetters {

    public static final String ORIGINAL_TOPIC = "x-original-topic";
    public static final String ORIGINAL_PARTITION = "x-original-partition";
    public static final String ORIGINAL_OFFSET = "x-original-offset";
    public static final String ORIGINAL_GROUP = "x-original-group";
    public static final String EXCEPTION_CLASS = "x-exception-fqcn";
    public static final String EXCEPTION_MESSAGE = "x-exception-message";
    private static final int MAX_REASON = 2000;

    private final Producer<String, byte[]> producer;
    private final String group;
    private final Duration timeout;

    public DeadLetters(Producer<String, byte[]> producer, String group, Duration timeout) {
        this.producer = producer;
        this.group = group;
        this.timeout = timeout;
    }

    public String group() {
        return group;
    }

    public String topicFor(Delivery delivery) {
        String origin = delivery.headers().getOrDefault(ORIGINAL_TOPIC, delivery.topic());
        return origin.endsWith(".dlq") ? origin : Topics.deadLetter(origin);
    }

    public void send(Delivery delivery, Exception reason) {
        List<Header> headers = new ArrayList<>();
        delivery.headers().forEach((name, value) -> {
            if (!name.startsWith("x-")) {
                headers.add(header(name, value));
            }
        });
        headers.add(header(ORIGINAL_TOPIC, delivery.headers().getOrDefault(ORIGINAL_TOPIC, delivery.topic())));
        headers.add(header(ORIGINAL_PARTITION, delivery.headers().getOrDefault(ORIGINAL_PARTITION, String.valueOf(delivery.partition()))));
        headers.add(header(ORIGINAL_OFFSET, delivery.headers().getOrDefault(ORIGINAL_OFFSET, String.valueOf(delivery.offset()))));
        headers.add(header(ORIGINAL_GROUP, group));
        headers.add(header(EXCEPTION_CLASS, reason.getClass().getName()));
        String message = String.valueOf(reason.getMessage());
        headers.add(header(EXCEPTION_MESSAGE, message.length() > MAX_REASON ? message.substring(0, MAX_REASON) : message));
        try {
            producer.send(new ProducerRecord<>(topicFor(delivery), null, delivery.key(), delivery.value(), headers))
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing a dead letter", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the dead letter of " + delivery.where() + " could not be written: " + e, e);
        }
    }

    private static Header header(String name, String value) {
        return new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8));
    }

    public void close() {
        producer.close();
    }
}
