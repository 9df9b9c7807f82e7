package qc.passerelle.asyncapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import qc.passerelle.contracts.CloudEventHeaders;
import qc.passerelle.contracts.EventCatalogue;
import qc.passerelle.contracts.EventType;
import qc.passerelle.contracts.Topics;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The committed AsyncAPI document is what the contracts say today, it is valid AsyncAPI 3.0 (checked against the
 * specification's own JSON Schema, vendored), and it carries every event of the catalogue with its schema and headers.
 */
class AsyncApiDocumentTest {

    private static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();
    private static final Path COMMITTED = Path.of("asyncapi.yaml");
    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    @Test
    void theCommittedDocumentIsTheOneTheContractsGenerateToday() throws IOException {
        String generated = AsyncApiGenerator.render(ROOT);
        if (Boolean.getBoolean("asyncapi.regenerate")) {
            Files.writeString(COMMITTED, generated, StandardCharsets.UTF_8);
        }

        assertThat(Files.readString(COMMITTED, StandardCharsets.UTF_8))
                .as("infra/asyncapi/asyncapi.yaml is stale: ./mvnw -pl infra/asyncapi test -Dasyncapi.regenerate=true")
                .isEqualTo(generated);
    }

    @Test
    void theDocumentIsValidAsyncApi3() throws IOException {
        assertThat(problems(committed())).isEmpty();
    }

    /** The validator is no rubber stamp: an AsyncAPI 2 verb, or a channel without its address type, is refused. */
    @Test
    void aDocumentThatBreaksTheSpecificationIsRefused() throws IOException {
        ObjectNode document = (ObjectNode) committed();
        ((ObjectNode) document.path("operations").properties().iterator().next().getValue()).put("action", "publish");

        assertThat(problems(document)).isNotEmpty();
    }

    @Test
    void theFiveTopicsAreTheChannels() throws IOException {
        List<String> addresses = new ArrayList<>();
        committed().path("channels").forEach(channel -> addresses.add(channel.path("address").asString()));

        assertThat(addresses).containsExactlyInAnyOrderElementsOf(Topics.ALL);
    }

    @Test
    void everyEventOfTheCatalogueIsAMessageOfItsTopicWithItsSchemaAndCloudEventsHeaders() throws IOException {
        JsonNode document = committed();
        JsonNode messages = document.path("components").path("messages");

        assertThat(EventCatalogue.all()).as("DESIGN.md's minimum catalogue is 40 events").hasSizeGreaterThanOrEqualTo(40);
        for (EventType type : EventCatalogue.all()) {
            JsonNode message = messages.path(AsyncApiDocument.messageId(type));
            assertThat(message.isObject()).as(type.ceType()).isTrue();
            assertThat(message.path("payload").path("schema").path("$id").asString()).isEqualTo(type.dataSchema());
            assertThat(message.path("payload").path("schemaFormat").asString()).isEqualTo(AsyncApiDocument.SCHEMA_FORMAT);
            assertThat(message.path("headers").path("allOf").toString()).contains(type.ceType(), "CloudEventHeaders");
            assertThat(message.path("examples").get(0).path("headers").path(CloudEventHeaders.TYPE).asString())
                    .isEqualTo(type.ceType());
            JsonNode channel = channelOf(document, type.topic());
            assertThat(channel.path("messages").path(type.name() + ".v" + type.version()).path("$ref").asString())
                    .isEqualTo("#/components/messages/" + AsyncApiDocument.messageId(type));
        }
        JsonNode headers = document.path("components").path("schemas").path("CloudEventHeaders").path("properties");
        assertThat(headers.propertyNames()).contains(CloudEventHeaders.ID, CloudEventHeaders.TYPE, CloudEventHeaders.SOURCE,
                CloudEventHeaders.SUBJECT, CloudEventHeaders.TIME, CloudEventHeaders.SEQUENCE, CloudEventHeaders.SPEC_VERSION);
    }

    /** Each topic has its owner's send, and common-view, which projects everything, receives all five. */
    @Test
    void everyTopicIsPublishedByItsOwnerAndReceivedByTheCommonView() throws IOException {
        JsonNode operations = committed().path("operations");

        for (String topic : Topics.ALL) {
            List<String> senders = new ArrayList<>();
            operations.forEach(op -> {
                if (op.path("action").asString().equals("send")
                        && op.path("channel").path("$ref").asString().equals("#/channels/" + channelId(topic))) {
                    senders.add(op.path("x-service").asString());
                }
            });
            assertThat(senders).as(topic).hasSize(1);
        }
        assertThat(operations.propertyNames().stream().filter(n -> n.startsWith("common-view.receive."))).hasSize(5);
    }

    private static String channelId(String topic) {
        return topic.substring("mobility.".length(), topic.length() - ".v1".length());
    }

    private static JsonNode channelOf(JsonNode document, String topic) {
        for (JsonNode channel : document.path("channels")) {
            if (channel.path("address").asString().equals(topic)) {
                return channel;
            }
        }
        throw new AssertionError("no channel for " + topic);
    }

    private static JsonNode committed() throws IOException {
        return YAML.readTree(Files.readString(COMMITTED, StandardCharsets.UTF_8));
    }

    private static List<String> problems(JsonNode document) throws IOException {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);
        try (InputStream in = AsyncApiDocumentTest.class.getResourceAsStream("/asyncapi/asyncapi-3.0.0.schema.json")) {
            Schema schema = registry.getSchema(in);
            return schema.validate(document).stream().map(Error::toString).toList();
        }
    }
}
