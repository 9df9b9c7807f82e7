package qc.passerelle.asyncapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import qc.passerelle.contracts.CloudEventHeaders;
import qc.passerelle.contracts.Context;
import qc.passerelle.contracts.EventCatalogue;
import qc.passerelle.contracts.EventFixtures;
import qc.passerelle.contracts.EventType;
import qc.passerelle.contracts.Topics;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The AsyncAPI 3.0 document of Passerelle's topics, built from the contracts library alone (topics, catalogue, JSON
 * Schemas, fixtures, CloudEvents headers) and from the services' configuration (who publishes, who consumes). Nothing
 * in it is written by hand, so it cannot say something the code does not do.
 */
public final class AsyncApiDocument {

    /** The contract's version: the topics are {@code .v1}; a new topic version is a new major version here. */
    static final String VERSION = "1.0.0";
    /** Our schemas declare JSON Schema 2020-12; AsyncAPI carries them as they are, under their own format. */
    static final String SCHEMA_FORMAT = "application/schema+json;version=2020-12";
    static final String KAFKA_BINDING = "0.5.0";
    private static final Pattern SUBJECT = Pattern.compile("\\(subject: (\\w+)\\)");

    private final JsonMapper json = JsonMapper.builder().build();
    private final List<ServiceTopics> services;

    public AsyncApiDocument(List<ServiceTopics> services) {
        this.services = services;
    }

    public ObjectNode build() {
        ObjectNode document = json.createObjectNode();
        document.put("asyncapi", "3.0.0");
        document.set("info", info());
        document.put("defaultContentType", CloudEventHeaders.JSON);
        document.set("servers", servers());
        ObjectNode channels = document.putObject("channels");
        ObjectNode operations = document.putObject("operations");
        ObjectNode components = document.putObject("components");
        ObjectNode messages = json.createObjectNode();
        ObjectNode schemas = json.createObjectNode();
        schemas.set("CloudEventHeaders", cloudEventHeaders());
        for (Context context : Context.values()) {
            channels.set(context.id(), channel(context));
            for (EventType type : types(context)) {
                messages.set(messageId(type), message(type));
            }
        }
        for (ServiceTopics service : services) {
            for (String topic : service.owned()) {
                operations.set(service.service() + ".send", operation("send", service.service(), context(topic),
                        "Publié par " + service.service() + " depuis sa boîte d'envoi (outbox), clé = identifiant de l'agrégat."));
            }
            for (String topic : service.consumed()) {
                Context context = context(topic);
                ObjectNode receive = operation("receive", service.service(), context,
                        "Consommé par " + service.service() + " (groupe « " + service.service() + " »), de façon idempotente ; "
                                + "ce qui ne peut jamais être traité va dans " + Topics.deadLetter(topic) + ".");
                ObjectNode group = receive.putObject("bindings").putObject("kafka");
                ObjectNode groupId = group.putObject("groupId");
                groupId.put("type", "string");
                groupId.putArray("enum").add(service.service());
                group.put("bindingVersion", KAFKA_BINDING);
                operations.set(service.service() + ".receive." + context.id(), receive);
            }
        }
        components.set("schemas", schemas);
        components.set("messages", messages);
        return document;
    }

    private ObjectNode info() {
        ObjectNode info = json.createObjectNode();
        info.put("title", "Passerelle — événements de mobilité Québec–ALA");
        info.put("version", VERSION);
        info.put("description", "Les cinq sujets (topics) Kafka de Passerelle et chaque événement du catalogue, avec son schéma "
                + "JSON et ses en-têtes CloudEvents 1.0 (mode binaire). Clé de l'enregistrement = identifiant de l'agrégat, "
                + "donc les événements d'un agrégat restent ordonnés dans une partition ; ce_sequence numérote ces "
                + "événements (1, 2, 3…). Sujets conservés sans limite de temps ; chacun a son sujet de lettres mortes "
                + "<sujet>.dlq. Généré depuis libs/event-contracts : ne pas modifier à la main "
                + "(./mvnw -pl infra/asyncapi test -Dasyncapi.regenerate=true).");
        info.putObject("contact").put("name", "Équipe Passerelle — MIFI (Direction de la mobilité Québec–ALA)");
        ArrayNode tags = info.putArray("tags");
        for (Context context : Context.values()) {
            tags.addObject().put("name", context.id()).put("description", "Contexte " + context.id() + " (" + context.source() + ")");
        }
        return info;
    }

    private ObjectNode servers() {
        ObjectNode servers = json.createObjectNode();
        servers.putObject("cluster").put("host", "passerelle-kafka-bootstrap:9092").put("protocol", "kafka")
                .put("description", "Grappe Strimzi de 3 courtiers KRaft (infra/k8s), facteur de réplication 3, min.insync.replicas 2.");
        servers.putObject("local").put("host", "localhost:9092").put("protocol", "kafka")
                .put("description", "Courtier local de ./passerelle up et de docker compose (PLAINTEXT).");
        return servers;
    }

    private ObjectNode channel(Context context) {
        ObjectNode channel = json.createObjectNode();
        channel.put("address", context.topic());
        channel.put("title", context.topic());
        channel.put("description", "Événements du contexte « " + context.id() + " », publiés par " + context.source()
                + ". Lettres mortes : " + Topics.deadLetter(context.topic()) + " (même charge utile, raison dans les en-têtes).");
        ObjectNode messages = channel.putObject("messages");
        for (EventType type : types(context)) {
            messages.putObject(type.name() + ".v" + type.version()).put("$ref", "#/components/messages/" + messageId(type));
        }
        ObjectNode kafka = channel.putObject("bindings").putObject("kafka");
        kafka.put("topic", context.topic());
        ObjectNode topicConfiguration = kafka.putObject("topicConfiguration");
        topicConfiguration.putArray("cleanup.policy").add("delete");
        topicConfiguration.put("retention.ms", -1);
        topicConfiguration.put("retention.bytes", -1);
        kafka.put("bindingVersion", KAFKA_BINDING);
        return channel;
    }

    private ObjectNode operation(String action, String service, Context context, String description) {
        ObjectNode operation = json.createObjectNode();
        operation.put("action", action);
        operation.putObject("channel").put("$ref", "#/channels/" + context.id());
        operation.put("summary", description);
        operation.putArray("tags").addObject().put("name", context.id());
        ArrayNode messages = operation.putArray("messages");
        for (EventType type : types(context)) {
            messages.addObject().put("$ref", "#/channels/" + context.id() + "/messages/" + type.name() + ".v" + type.version());
        }
        operation.put("x-service", service);
        return operation;
    }

    private ObjectNode message(EventType type) {
        JsonNode schema = resource(type.schemaResource());
        JsonNode fixture = json.readTree(EventFixtures.bytes(type));
        String subjectField = subjectField(schema);
        ObjectNode message = json.createObjectNode();
        message.put("name", type.name());
        message.put("title", type.name() + " v" + type.version());
        message.put("summary", type.ceType());
        message.put("contentType", CloudEventHeaders.JSON);
        message.putArray("tags").addObject().put("name", type.context().id());
        ObjectNode headers = message.putObject("headers");
        headers.putArray("allOf").add(json.createObjectNode().put("$ref", "#/components/schemas/CloudEventHeaders"))
                .add(fixedHeaders(type));
        ObjectNode payload = message.putObject("payload");
        payload.put("schemaFormat", SCHEMA_FORMAT);
        payload.set("schema", schema);
        ObjectNode key = message.putObject("bindings").putObject("kafka");
        key.putObject("key").put("type", "string").put("description", "identifiant de l'agrégat (" + subjectField + "), aussi ce_subject");
        key.put("bindingVersion", KAFKA_BINDING);
        ObjectNode example = message.putArray("examples").addObject();
        example.put("name", type.name() + "-exemple");
        ObjectNode exampleHeaders = example.putObject("headers");
        exampleHeaders.put(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        exampleHeaders.put(CloudEventHeaders.ID, UUID.nameUUIDFromBytes(type.ceType().getBytes(StandardCharsets.UTF_8)).toString());
        exampleHeaders.put(CloudEventHeaders.SOURCE, type.context().source());
        exampleHeaders.put(CloudEventHeaders.TYPE, type.ceType());
        exampleHeaders.put(CloudEventHeaders.SUBJECT, fixture.path(subjectField).asString());
        exampleHeaders.put(CloudEventHeaders.TIME, "2027-04-03T14:05:00Z");
        exampleHeaders.put(CloudEventHeaders.SEQUENCE, "1");
        exampleHeaders.put(CloudEventHeaders.DATA_SCHEMA, type.dataSchema());
        exampleHeaders.put(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        example.set("payload", fixture);
        return message;
    }

    private ObjectNode fixedHeaders(EventType type) {
        ObjectNode fixed = json.createObjectNode();
        fixed.put("type", "object");
        ObjectNode properties = fixed.putObject("properties");
        properties.putObject(CloudEventHeaders.TYPE).put("const", type.ceType());
        properties.putObject(CloudEventHeaders.SOURCE).put("const", type.context().source());
        properties.putObject(CloudEventHeaders.DATA_SCHEMA).put("const", type.dataSchema());
        return fixed;
    }

    /** Every header constant of the contracts library, so a header added there appears here at the next generation. */
    private ObjectNode cloudEventHeaders() {
        Map<String, String> described = new LinkedHashMap<>();
        described.put(CloudEventHeaders.SPEC_VERSION, "version de CloudEvents : toujours 1.0");
        described.put(CloudEventHeaders.ID, "identifiant unique de l'événement (UUID), unique pour toujours ; clé d'idempotence des consommateurs");
        described.put(CloudEventHeaders.SOURCE, "/services/<service> qui publie");
        described.put(CloudEventHeaders.TYPE, "qc.mobility.<contexte>.<Nom>.v<N>");
        described.put(CloudEventHeaders.SUBJECT, "identifiant de l'agrégat, aussi la clé de l'enregistrement");
        described.put(CloudEventHeaders.TIME, "moment où c'est arrivé (RFC 3339)");
        described.put(CloudEventHeaders.SEQUENCE, "extension sequence : rang de l'événement parmi ceux de son agrégat (1, 2, 3…), "
                + "entier décimal ; une projection n'applique que ce qui dépasse le dernier rang appliqué");
        described.put(CloudEventHeaders.DATA_SCHEMA, "urn:passerelle:schema:<contexte>:<Nom>:v<N>, le schéma que suivent les données");
        described.put(CloudEventHeaders.CONTENT_TYPE, "application/json");
        described.put("traceparent", "W3C Trace Context : relie l'événement à la requête qui l'a causé (identifiant de corrélation)");
        // what EventEnvelope writes on every event; the others appear when there is something to say
        Set<String> always = Set.of(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.ID, CloudEventHeaders.SOURCE,
                CloudEventHeaders.TYPE, CloudEventHeaders.SUBJECT, CloudEventHeaders.TIME, CloudEventHeaders.SEQUENCE,
                CloudEventHeaders.CONTENT_TYPE);
        ObjectNode schema = json.createObjectNode();
        schema.put("type", "object");
        schema.put("description", "En-têtes CloudEvents 1.0 (liaison Kafka, mode binaire) de chaque événement.");
        ObjectNode properties = schema.putObject("properties");
        ArrayNode required = json.createArrayNode();
        for (String header : headerNames()) {
            ObjectNode property = properties.putObject(header);
            property.put("type", "string");
            property.put("description", described.getOrDefault(header, header));
            switch (header) {
                case CloudEventHeaders.SPEC_VERSION -> property.put("const", CloudEventHeaders.SPEC_VERSION_1_0);
                case CloudEventHeaders.ID -> property.put("format", "uuid");
                case CloudEventHeaders.TIME -> property.put("format", "date-time");
                case CloudEventHeaders.SEQUENCE -> property.put("pattern", "^[1-9][0-9]*$");
                case CloudEventHeaders.CONTENT_TYPE -> property.put("const", CloudEventHeaders.JSON);
                default -> { }
            }
            if (always.contains(header)) {
                required.add(header);
            }
        }
        schema.set("required", required);
        return schema;
    }

    /** The constants of {@link CloudEventHeaders} that name a header, not a value. */
    static List<String> headerNames() {
        List<String> names = new ArrayList<>();
        for (Field field : CloudEventHeaders.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                try {
                    String value = (String) field.get(null);
                    if (value.startsWith("ce_") || value.equals(CloudEventHeaders.CONTENT_TYPE) || value.equals("traceparent")) {
                        names.add(value);
                    }
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        names.sort(null);
        return names;
    }

    static String messageId(EventType type) {
        return type.context().id() + "." + type.name() + ".v" + type.version();
    }

    private static List<EventType> types(Context context) {
        return EventCatalogue.all().stream().filter(t -> t.context() == context).toList();
    }

    private static Context context(String topic) {
        for (Context context : Context.values()) {
            if (context.topic().equals(topic)) {
                return context;
            }
        }
        throw new IllegalStateException("a service names topic " + topic + ", which no context of the contracts owns");
    }

    private static String subjectField(JsonNode schema) {
        Matcher matcher = SUBJECT.matcher(schema.path("description").asString());
        if (!matcher.find()) {
            throw new IllegalStateException("schema " + schema.path("$id").asString() + " does not name its subject");
        }
        return matcher.group(1);
    }

    private JsonNode resource(String path) {
        try (InputStream in = EventType.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("no resource " + path);
            }
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
