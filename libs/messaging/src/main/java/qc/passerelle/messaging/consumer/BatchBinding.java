package qc.passerelle.messaging.consumer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import qc.passerelle.messaging.trace.TraceContext;

/**
 * The Spring Cloud Stream function bound to the service's topics in batch mode: turns the binder's batch message
 * into {@link Delivery records} for the dispatcher, and a passing failure into the listener container's signal to
 * commit what came before and deliver the rest again ({@link BatchListenerFailedException}).
 */
public class BatchBinding implements Consumer<Message<List<byte[]>>> {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(BatchBinding.class);

    private final EventDispatcher dispatcher;

    public BatchBinding(EventDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Override
    public void accept(Message<List<byte[]>> batch) {
        List<Delivery> deliveries = deliveries(batch);
        try {
            dispatcher.dispatch(deliveries);
        } catch (DeliveryFailedException e) {
            Delivery first = deliveries.get(e.index());
            try (TraceContext.Scope scope = TraceContext.open(EventDispatcher.traceOf(first))) {
                log.warn("passing failure at {} (record {} of a batch of {}), will deliver it again after a pause: {}",
                        first.where(), e.index() + 1, deliveries.size(), String.valueOf(e.getCause()));
            }
            throw new BatchListenerFailedException(e.getMessage(), e.getCause(), e.index());
        }
    }

    static List<Delivery> deliveries(Message<List<byte[]>> batch) {
        MessageHeaders headers = batch.getHeaders();
        List<byte[]> values = batch.getPayload();
        List<?> topics = list(headers, KafkaHeaders.RECEIVED_TOPIC);
        List<?> partitions = list(headers, KafkaHeaders.RECEIVED_PARTITION);
        List<?> offsets = list(headers, KafkaHeaders.OFFSET);
        List<?> keys = list(headers, KafkaHeaders.RECEIVED_KEY);
        List<?> recordHeaders = list(headers, KafkaHeaders.BATCH_CONVERTED_HEADERS);
        List<Delivery> deliveries = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            deliveries.add(new Delivery(String.valueOf(at(topics, i)), number(at(partitions, i)).intValue(),
                    number(at(offsets, i)).longValue(), text(at(keys, i)), textHeaders(at(recordHeaders, i)),
                    values.get(i)));
        }
        return deliveries;
    }

    private static List<?> list(MessageHeaders headers, String name) {
        return headers.get(name) instanceof List<?> list ? list : List.of();
    }

    private static Object at(List<?> list, int i) {
        return i < list.size() ? list.get(i) : null;
    }

    private static Number number(Object value) {
        return value instanceof Number n ? n : -1;
    }

    private static String text(Object value) {
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return value == null ? null : value.toString();
    }

    /**
     * Kafka header values as text, with CloudEvents attributes under their Kafka names: Spring Cloud Function
     * recognises CloudEvents and may hand them over as {@code ce-id} instead of {@code ce_id}.
     */
    private static Map<String, String> textHeaders(Object converted) {
        Map<String, String> headers = new HashMap<>();
        if (converted instanceof Map<?, ?> map) {
            map.forEach((header, value) -> {
                String name = String.valueOf(header);
                name = name.startsWith("ce-") ? "ce_" + name.substring(3) : name;
                String text = text(value);
                if (text != null) {
                    headers.put(name, text);
                }
            });
        }
        return headers;
    }
}
