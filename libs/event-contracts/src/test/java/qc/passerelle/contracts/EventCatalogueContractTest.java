package qc.passerelle.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import qc.passerelle.contracts.agriworkers.WorkerArrived;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class EventCatalogueContractTest {

    static List<EventType> catalogue() {
        return EventCatalogue.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void fixtureFollowsItsSchemaAndRoundTripsThroughItsRecord(EventType type) {
        byte[] fixture = EventFixtures.bytes(type);

        assertThat(EventSchemas.problems(type, fixture)).isEmpty();
        MobilityEvent event = EventJson.read(fixture, type.recordType());
        JsonNode written = EventJson.tree(EventJson.toBytes(event));
        assertThat(written).isEqualTo(EventJson.tree(fixture));
        assertThat(event.subject()).isNotBlank();
        assertThat(EventCatalogue.of(event)).isEqualTo(type);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void schemaRejectsAnEventMissingARequiredField(EventType type) {
        ObjectNode fixture = (ObjectNode) EventJson.tree(EventFixtures.bytes(type));
        String firstField = fixture.propertyNames().iterator().next();
        fixture.remove(firstField);

        assertThat(EventSchemas.problems(type, fixture)).anySatisfy(p -> assertThat(p).contains(firstField));
    }

    @Test
    void everyEventOfTheDesignCatalogueIsThere() {
        Set<String> names = EventCatalogue.all().stream().map(EventType::name).collect(Collectors.toSet());
        assertThat(names).contains(
                "EmployerRegistered", "JobOfferPublished", "JobOfferClosed", "RecruitmentMissionScheduled",
                "EmployerJoinedMission", "CandidateApplied", "InterviewScheduled", "EmploymentOfferExtended",
                "EmploymentOfferAccepted", "EmploymentOfferDeclined", "ImmigrationStepCompleted",
                "InstitutionRegistered", "StudyProgramListed", "PromotionEventScheduled", "StudentProspectRegistered",
                "StudyApplicationSubmitted", "AdmissionGranted", "AdmissionRefused", "CaqIssued", "StudentArrived",
                "FrancizationEnrolled", "FrancizationLevelAttained", "FrancizationCompleted", "FrancizationAbandoned",
                "ScholarshipAwarded",
                "LabourRequestSubmitted", "HousingUnitRegistered", "HousingInspected", "HousingDeficiencyCorrected",
                "WorkerArrived", "WorkerTransferred", "WorkerAbsent", "WorkerDeparted", "ConditionReportFiled",
                "ConditionReportResolved",
                "WorkersInNonCompliantHousing", "HousingOvercrowded", "DeficiencyOverdue", "ConditionReportUnanswered",
                "WorkerMissing");
    }

    @Test
    void everySchemaAndFixtureFileBelongsToACataloguedEvent() throws Exception {
        Set<String> expectedSchemas = EventCatalogue.all().stream().map(EventType::schemaResource).collect(Collectors.toSet());
        Set<String> expectedFixtures = EventCatalogue.all().stream().map(EventType::fixtureResource).collect(Collectors.toSet());

        assertThat(resourcesUnder("/schemas")).isEqualTo(expectedSchemas);
        assertThat(resourcesUnder("/fixtures")).isEqualTo(expectedFixtures);
    }

    @Test
    void ceTypesFollowTheNamingContract() {
        assertThat(EventCatalogue.all()).allSatisfy(type -> {
            assertThat(type.ceType()).matches("qc\\.mobility\\.[a-z-]+\\.[A-Z][A-Za-z]+\\.v[0-9]+");
            assertThat(type.topic()).isIn(Topics.ALL);
        });
        assertThat(EventCatalogue.of(WorkerArrived.class).ceType()).isEqualTo("qc.mobility.agri-workers.WorkerArrived.v1");
    }

    @Test
    void noEventCarriesPassportNumbersHealthDetailsOrContactData() {
        List<String> forbidden = List.of("passport", "health", "medical", "diagnos", "email", "phone", "note", "text");
        for (EventType type : EventCatalogue.all()) {
            JsonNode schema = EventJson.tree(readResource(type.schemaResource()));
            List<String> fields = schema.findValues("properties").stream()
                    .flatMap(properties -> properties.propertyNames().stream())
                    .map(String::toLowerCase).toList();
            assertThat(fields).as(type.name()).noneMatch(f -> forbidden.stream().anyMatch(f::contains));
        }
    }

    @Test
    void schemaRejectsABadCountryCodeAndABadDate() {
        EventType type = EventCatalogue.of(WorkerArrived.class);
        ObjectNode fixture = (ObjectNode) EventJson.tree(EventFixtures.bytes(type));
        fixture.put("citizenship", "Guatemala");
        fixture.put("arrivalDate", "2027-02-30");

        assertThat(EventSchemas.problems(type, fixture))
                .anySatisfy(p -> assertThat(p).contains("citizenship"))
                .anySatisfy(p -> assertThat(p).contains("arrivalDate"));
    }

    @Test
    void envelopeCarriesTheCloudEventsAttributesAndDecodesBack() {
        WorkerArrived arrival = EventFixtures.sample(WorkerArrived.class);
        EventEnvelope envelope = EventEnvelope.wrap(arrival, Instant.parse("2027-04-03T12:00:00Z"), 3);

        assertThat(envelope.headers())
                .containsEntry("ce_specversion", "1.0")
                .containsEntry("ce_type", "qc.mobility.agri-workers.WorkerArrived.v1")
                .containsEntry("ce_source", "/services/agricultural-workers")
                .containsEntry("ce_subject", arrival.workerId())
                .containsEntry("ce_time", "2027-04-03T12:00:00Z")
                .containsEntry("ce_sequence", "3")
                .containsKey("ce_id");
        EventEnvelope received = EventEnvelope.fromHeaders(envelope.headers(), envelope.data());
        assertThat(received.decode(WorkerArrived.class)).isEqualTo(arrival);
        assertThat(received.sequence()).isEqualTo(3);
    }

    @Test
    void aRecordWithoutASequenceOrWithAnUnusableOneIsMalformed() {
        EventEnvelope envelope = EventEnvelope.wrap(EventFixtures.sample(WorkerArrived.class), Instant.now(), 1);
        for (String sequence : new String[] {null, "", "0", "-4", "two", "1.5"}) {
            java.util.Map<String, String> headers = new java.util.HashMap<>(envelope.headers());
            headers.put("ce_sequence", sequence);
            assertThatThrownBy(() -> EventEnvelope.fromHeaders(headers, envelope.data()))
                    .as("ce_sequence %s", sequence)
                    .isInstanceOf(MalformedEventException.class).hasMessageContaining("ce_sequence");
        }
    }

    @Test
    void anUnknownVersionOfAKnownEventIsMalformed() {
        EventEnvelope envelope = EventEnvelope.wrap(EventFixtures.sample(WorkerArrived.class), Instant.now(), 1);
        java.util.Map<String, String> headers = new java.util.HashMap<>(envelope.headers());
        headers.put("ce_type", "qc.mobility.agri-workers.WorkerArrived.v9");

        assertThatThrownBy(() -> EventEnvelope.fromHeaders(headers, envelope.data()).decode())
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("WorkerArrived.v9");
    }

    @Test
    void aSubjectThatIsNotTheEventsAggregateIsMalformed() {
        EventEnvelope envelope = EventEnvelope.wrap(EventFixtures.sample(WorkerArrived.class), Instant.now(), 1);
        java.util.Map<String, String> headers = new java.util.HashMap<>(envelope.headers());
        headers.put("ce_subject", "wkr-someone-else");

        assertThatThrownBy(() -> EventEnvelope.fromHeaders(headers, envelope.data()).decode())
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("ce_subject");
    }

    @Test
    void aRecordWithoutCloudEventsAttributesOrWithBadDataIsMalformed() {
        assertThatThrownBy(() -> EventEnvelope.fromHeaders(java.util.Map.of(), new byte[0]))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("ce_specversion");

        EventEnvelope envelope = EventEnvelope.wrap(EventFixtures.sample(WorkerArrived.class), Instant.now(), 1);
        EventEnvelope garbled = EventEnvelope.fromHeaders(envelope.headers(), "{not json".getBytes());
        assertThatThrownBy(() -> garbled.decode(WorkerArrived.class)).isInstanceOf(MalformedEventException.class);
    }

    private static byte[] readResource(String resource) {
        try (var in = EventCatalogueContractTest.class.getResourceAsStream(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Set<String> resourcesUnder(String folder) throws IOException, URISyntaxException {
        Path base = resourcePath(folder);
        try (Stream<Path> files = Files.walk(base)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> folder + "/" + base.relativize(p).toString().replace('\\', '/'))
                    .collect(Collectors.toSet());
        }
    }

    private static Path resourcePath(String resource) throws URISyntaxException {
        return Path.of(EventCatalogueContractTest.class.getResource(resource).toURI());
    }
}
