package qc.passerelle.contracts;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The one JSON form of event data, shared by producers, consumers and tests. */
public final class EventJson {

    // A tolerant reader: unknown fields are ignored so additive changes within a version never break a consumer.
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private EventJson() {
    }

    public static JsonMapper mapper() {
        return MAPPER;
    }

    public static byte[] toBytes(Object event) {
        return MAPPER.writeValueAsBytes(event);
    }

    public static <T> T read(byte[] data, Class<T> type) {
        try {
            return MAPPER.readValue(data, type);
        } catch (JacksonException e) {
            throw new MalformedEventException("data is not a " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    public static JsonNode tree(byte[] data) {
        try {
            return MAPPER.readTree(data);
        } catch (JacksonException e) {
            throw new MalformedEventException("data is not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
