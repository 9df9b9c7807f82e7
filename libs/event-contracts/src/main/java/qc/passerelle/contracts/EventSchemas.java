package qc.passerelle.contracts;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/** Validates event data against the JSON Schema of its type, formats (date, date-time) included. */
public final class EventSchemas {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Map<EventType, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private EventSchemas() {
    }

    /** The problems found, one readable line each; empty when the data is valid. */
    public static List<String> problems(EventType type, JsonNode data) {
        List<Error> errors = schema(type).validate(data,
                context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)));
        return errors.stream().map(Error::toString).toList();
    }

    public static List<String> problems(EventType type, byte[] data) {
        return problems(type, EventJson.tree(data));
    }

    public static void requireValid(EventType type, byte[] data) {
        List<String> problems = problems(type, data);
        if (!problems.isEmpty()) {
            throw new MalformedEventException(type.ceType() + " does not follow its schema: " + problems);
        }
    }

    static Schema schema(EventType type) {
        return SCHEMAS.computeIfAbsent(type, EventSchemas::load);
    }

    private static Schema load(EventType type) {
        try (InputStream in = EventSchemas.class.getResourceAsStream(type.schemaResource())) {
            if (in == null) {
                throw new IllegalStateException("no schema at " + type.schemaResource());
            }
            return REGISTRY.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
