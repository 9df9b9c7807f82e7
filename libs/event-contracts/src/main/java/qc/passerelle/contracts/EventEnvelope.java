package qc.passerelle.contracts;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** One event as it travels: the CloudEvents attributes and the JSON data, still undecoded. */
public record EventEnvelope(String id, String type, String source, String subject, Instant time, String dataSchema,
                            byte[] data) {

    /** Wraps an event of the catalogue with a fresh id, ready for the outbox. */
    public static EventEnvelope wrap(MobilityEvent event, Instant time) {
        EventType type = EventCatalogue.of(event);
        return new EventEnvelope(UUID.randomUUID().toString(), type.ceType(), type.context().source(), event.subject(),
                time, type.dataSchema(), EventJson.toBytes(event));
    }

    public Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        headers.put(CloudEventHeaders.ID, id);
        headers.put(CloudEventHeaders.SOURCE, source);
        headers.put(CloudEventHeaders.TYPE, type);
        headers.put(CloudEventHeaders.SUBJECT, subject);
        headers.put(CloudEventHeaders.TIME, time.toString());
        if (dataSchema != null) {
            headers.put(CloudEventHeaders.DATA_SCHEMA, dataSchema);
        }
        headers.put(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        return headers;
    }

    /** Reads the attributes of a received record; anything missing or unreadable makes the record malformed. */
    public static EventEnvelope fromHeaders(Map<String, String> headers, byte[] data) {
        String spec = headers.get(CloudEventHeaders.SPEC_VERSION);
        if (!CloudEventHeaders.SPEC_VERSION_1_0.equals(spec)) {
            throw new MalformedEventException("ce_specversion must be 1.0, was " + spec);
        }
        String time = required(headers, CloudEventHeaders.TIME);
        try {
            return new EventEnvelope(required(headers, CloudEventHeaders.ID), required(headers, CloudEventHeaders.TYPE),
                    required(headers, CloudEventHeaders.SOURCE), required(headers, CloudEventHeaders.SUBJECT),
                    Instant.parse(time), headers.get(CloudEventHeaders.DATA_SCHEMA), data == null ? new byte[0] : data);
        } catch (DateTimeParseException e) {
            throw new MalformedEventException("ce_time is not an RFC 3339 instant: " + time, e);
        }
    }

    private static String required(Map<String, String> headers, String name) {
        String value = headers.get(name);
        if (value == null || value.isBlank()) {
            throw new MalformedEventException("missing CloudEvents attribute " + name);
        }
        return value;
    }

    public EventType eventType() {
        return EventCatalogue.byCeType(type)
                .orElseThrow(() -> new MalformedEventException("unknown event type " + type));
    }

    /** Decodes the data into its record after checking it against the type's schema. */
    public <T extends MobilityEvent> T decode(Class<T> expected) {
        EventType eventType = eventType();
        if (!expected.isAssignableFrom(eventType.recordType())) {
            throw new MalformedEventException(type + " is not a " + expected.getSimpleName());
        }
        EventSchemas.requireValid(eventType, data);
        return expected.cast(EventJson.read(data, eventType.recordType()));
    }

    public MobilityEvent decode() {
        return decode(MobilityEvent.class);
    }

    public String dataAsString() {
        return new String(data, StandardCharsets.UTF_8);
    }
}
