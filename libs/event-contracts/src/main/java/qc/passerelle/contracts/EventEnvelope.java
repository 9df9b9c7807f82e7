package qc.passerelle.contracts;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * One event as it travels: the CloudEvents attributes, the aggregate's sequence number and the JSON data, still
 * undecoded.
 */
public record EventEnvelope(String id, String type, String source, String subject, Instant time, String dataSchema,
                            long sequence, byte[] data) {

    public EventEnvelope {
        if (sequence < 1) {
            throw new IllegalArgumentException("an aggregate's events are numbered from 1, was " + sequence);
        }
    }

    /** Wraps an event of the catalogue with a fresh id, as the {@code sequence}-th event of its aggregate. */
    public static EventEnvelope wrap(MobilityEvent event, Instant time, long sequence) {
        EventType type = EventCatalogue.of(event);
        return new EventEnvelope(UUID.randomUUID().toString(), type.ceType(), type.context().source(), event.subject(),
                time, type.dataSchema(), sequence, EventJson.toBytes(event));
    }

    public Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        headers.put(CloudEventHeaders.ID, id);
        headers.put(CloudEventHeaders.SOURCE, source);
        headers.put(CloudEventHeaders.TYPE, type);
        headers.put(CloudEventHeaders.SUBJECT, subject);
        headers.put(CloudEventHeaders.TIME, time.toString());
        headers.put(CloudEventHeaders.SEQUENCE, Long.toString(sequence));
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
        Instant at;
        try {
            at = instant(time);
        } catch (DateTimeParseException e) {
            throw new MalformedEventException("ce_time is not an RFC 3339 instant: " + time, e);
        }
        return new EventEnvelope(required(headers, CloudEventHeaders.ID), required(headers, CloudEventHeaders.TYPE),
                required(headers, CloudEventHeaders.SOURCE), required(headers, CloudEventHeaders.SUBJECT), at,
                headers.get(CloudEventHeaders.DATA_SCHEMA), sequence(required(headers, CloudEventHeaders.SEQUENCE)),
                data == null ? new byte[0] : data);
    }

    /**
     * {@link Instant#parse}, read by hand in the form producers write ({@code 2026-04-01T12:00:00.123Z}): it was a
     * tenth of decoding a record. Anything else, or a field out of range, goes to {@link Instant#parse}.
     */
    static Instant instant(String text) {
        int length = text.length();
        if (length >= 20 && length <= 30 && text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == 'T'
                && text.charAt(13) == ':' && text.charAt(16) == ':' && text.charAt(length - 1) == 'Z'
                && (length == 20 || text.charAt(19) == '.' && length > 21)) {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            int hour = digits(text, 11, 13);
            int minute = digits(text, 14, 16);
            int second = digits(text, 17, 19);
            int fraction = length == 20 ? 0 : digits(text, 20, length - 1);
            if (year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= 28 && hour >= 0 && hour <= 23
                    && minute >= 0 && minute <= 59 && second >= 0 && second <= 59 && fraction >= 0) {
                long nanos = fraction;
                for (int i = length - 1 - 20; i < 9; i++) {
                    nanos *= 10;
                }
                return java.time.LocalDateTime.of(year, month, day, hour, minute, second, (int) nanos)
                        .toInstant(java.time.ZoneOffset.UTC);
            }
        }
        return Instant.parse(text);
    }

    /** The decimal number in {@code text[from, to)}, or -1 if any of it is not an ASCII digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static long sequence(String value) {
        try {
            long sequence = Long.parseLong(value);
            if (sequence >= 1) {
                return sequence;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new MalformedEventException("ce_sequence must be a whole number from 1, was " + value);
    }

    private static String required(Map<String, String> headers, String name) {
        String value = headers.get(name);
        if (value == null || value.isBlank()) {
            throw new MalformedEventException("missing CloudEvents attribute " + name);
        }
        return value;
    }

    /** The catalogue's type; an unknown type or version makes the record malformed (nothing can apply it). */
    public EventType eventType() {
        return EventCatalogue.byCeType(type)
                .orElseThrow(() -> new MalformedEventException("unknown event type or version " + type));
    }

    /** Decodes the data into its record after checking it against the type's schema. */
    public <T extends MobilityEvent> T decode(Class<T> expected) {
        EventType eventType = eventType();
        if (!expected.isAssignableFrom(eventType.recordType())) {
            throw new MalformedEventException(type + " is not a " + expected.getSimpleName());
        }
        EventSchemas.requireValid(eventType, data);
        T event = expected.cast(EventJson.read(data, eventType.recordType()));
        if (!subject.equals(event.subject())) {
            throw new MalformedEventException("ce_subject " + subject + " is not the event's aggregate " + event.subject());
        }
        return event;
    }

    public MobilityEvent decode() {
        return decode(MobilityEvent.class);
    }

    public String dataAsString() {
        return new String(data, StandardCharsets.UTF_8);
    }
}
