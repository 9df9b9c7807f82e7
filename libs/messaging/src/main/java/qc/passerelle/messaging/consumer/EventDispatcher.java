package qc.passerelle.messaging.consumer;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
import qc.passerelle.contracts.EventEnvelope;
import qc.passerelle.contracts.EventType;
import qc.passerelle.contracts.MalformedEventException;
import qc.passerelle.contracts.MobilityEvent;

/**
 * The one consumer function of a service: reads the CloudEvents envelope, skips what this group has processed,
 * validates and decodes the data and hands it to the service's handlers. A malformed record throws
 * {@link qc.passerelle.contracts.MalformedEventException}, which the binding sends to the dead-letter topic at once.
 */
public class EventDispatcher implements Consumer<Message<byte[]>> {

    private static final Logger log = LoggerFactory.getLogger(EventDispatcher.class);

    private final Map<Class<?>, List<EventHandler<?>>> handlers;
    private final ProcessedEvents processed;
    private final String group;

    public EventDispatcher(List<EventHandler<?>> handlers, ProcessedEvents processed, String group) {
        this.handlers = handlers.stream().collect(Collectors.groupingBy(EventHandler::eventType));
        this.processed = processed;
        this.group = group;
    }

    @Override
    public void accept(Message<byte[]> message) {
        Map<String, String> headers = stringHeaders(message);
        EventEnvelope envelope;
        try {
            envelope = EventEnvelope.fromHeaders(headers, message.getPayload());
        } catch (MalformedEventException e) {
            // header names only: values may identify a person
            throw new MalformedEventException(e.getMessage() + " (headers: " + new java.util.TreeSet<>(headers.keySet()) + ")", e);
        }
        EventType type = envelope.eventType();
        if (processed.contains(group, envelope.id())) {
            log.debug("skipping {} {}: already processed by {}", type.name(), envelope.id(), group);
            return;
        }
        List<EventHandler<?>> interested = handlers.getOrDefault(type.recordType(), List.of());
        if (!interested.isEmpty()) {
            MobilityEvent event = envelope.decode();
            for (EventHandler<?> handler : interested) {
                dispatch(handler, event, envelope);
            }
        }
        processed.record(group, envelope);
    }

    @SuppressWarnings("unchecked")
    private static <T extends MobilityEvent> void dispatch(EventHandler<T> handler, MobilityEvent event, EventEnvelope envelope) {
        handler.handle((T) event, envelope);
    }

    /**
     * Kafka header values as text, with CloudEvents attributes under their Kafka names: Spring Cloud Function
     * recognises CloudEvents and may hand them over as {@code ce-id} instead of {@code ce_id}.
     */
    private static Map<String, String> stringHeaders(Message<?> message) {
        Map<String, String> headers = new HashMap<>();
        message.getHeaders().forEach((header, value) -> {
            String name = header.startsWith("ce-") ? "ce_" + header.substring(3) : header;
            if (value instanceof byte[] bytes) {
                headers.put(name, new String(bytes, StandardCharsets.UTF_8));
            } else if (value != null) {
                headers.put(name, value.toString());
            }
        });
        return headers;
    }
}
