package qc.passerelle.students.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static qc.passerelle.students.StudentFixtures.OTHER_TERM;
import static qc.passerelle.students.StudentFixtures.applicationJson;
import static qc.passerelle.students.StudentFixtures.arrivalJson;
import static qc.passerelle.students.StudentFixtures.caqJson;
import static qc.passerelle.students.StudentFixtures.created;
import static qc.passerelle.students.StudentFixtures.decisionJson;
import static qc.passerelle.students.StudentFixtures.permitJson;
import static qc.passerelle.students.StudentFixtures.prospectJson;
import static qc.passerelle.students.StudentFixtures.unique;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import qc.passerelle.contracts.EventCatalogue;
import qc.passerelle.contracts.EventEnvelope;
import qc.passerelle.contracts.EventJson;
import qc.passerelle.contracts.EventSchemas;
import qc.passerelle.contracts.MobilityEvent;
import qc.passerelle.contracts.Topics;
import qc.passerelle.contracts.recruiting.EmployerRegistered;
import qc.passerelle.contracts.students.AdmissionGranted;
import qc.passerelle.contracts.students.AdmissionRefused;
import qc.passerelle.contracts.students.CaqIssued;
import qc.passerelle.contracts.students.InstitutionRegistered;
import qc.passerelle.contracts.students.PromotionEventScheduled;
import qc.passerelle.contracts.students.StudentArrived;
import qc.passerelle.contracts.students.StudentProspectRegistered;
import qc.passerelle.contracts.students.StudyApplicationSubmitted;
import qc.passerelle.contracts.students.StudyPermitIssued;
import qc.passerelle.contracts.students.StudyProgramListed;
import qc.passerelle.students.StudentFixtures;
import qc.passerelle.testsupport.HttpTestClient;
import qc.passerelle.testsupport.KafkaTestClient;
import qc.passerelle.testsupport.ServiceScenarios;
import tools.jackson.databind.JsonNode;

/**
 * A student's journey from a promotion event to the arrival, as MIFI and an institution record it: run on the
 * embedded infrastructure and again on the real images.
 */
public abstract class StudentJourneyScenarios extends ServiceScenarios {

    @Autowired
    protected MongoTemplate mongo;

    protected StudentFixtures steps;
    protected String institutionId;
    protected String programId;
    protected String eventId;

    @BeforeEach
    void anInstitutionWithAProgramAtAnEvent() {
        steps = new StudentFixtures(port);
        institutionId = steps.institution(unique("inst"));
        programId = steps.program(institutionId, true);
        eventId = steps.event(institutionId);
    }

    @Test
    void everyStepPublishesItsEventThroughTheOutboxFollowingItsSchema() {
        String prospectId = steps.prospect("CO", eventId);
        String applicationId = steps.application(institutionId, prospectId, programId);
        steps.arrive(institutionId, prospectId, applicationId);

        assertEvents(institutionId, InstitutionRegistered.class);
        assertEvents(programId, StudyProgramListed.class);
        assertEvents(eventId, PromotionEventScheduled.class);
        assertEvents(applicationId, StudyApplicationSubmitted.class, AdmissionGranted.class);
        List<ConsumerRecord<String, byte[]>> file = assertEvents(prospectId, StudentProspectRegistered.class,
                CaqIssued.class, StudyPermitIssued.class, StudentArrived.class);
        JsonNode arrived = EventJson.tree(file.get(3).value());
        assertThat(arrived.get("institutionId").asString()).isEqualTo(institutionId);
        assertThat(arrived.get("programId").asString()).isEqualTo(programId);
        JsonNode read = as(tokens.mifi()).get("/api/prospects/" + prospectId).json();
        assertThat(read.get("stage").asString()).isEqualTo("ARRIVED");
        assertThat(read.get("caq").get("applicationId").asString()).isEqualTo(applicationId);
        await().atMost(PATIENCE).until(() -> mongo.getCollection("prospects")
                .find(new Document("_id", prospectId)).first().getBoolean("outboxPending") == Boolean.FALSE);
    }

    @Test
    void stepsOutOfOrderAnswer409AndPublishNothing() {
        HttpTestClient mifi = as(tokens.mifi());
        HttpTestClient institution = as(tokens.institution(institutionId));
        String prospectId = steps.prospect("MX", eventId);
        String file = "/api/prospects/" + prospectId;
        String applicationId = steps.application(institutionId, prospectId, programId);
        String refusedId = created(institution.postJson("/api/applications", applicationJson(prospectId, programId,
                OTHER_TERM))).json().get("applicationId").asString();

        assertThat(institution.postJson(file + "/arrival", arrivalJson()).status()).isEqualTo(409);
        assertThat(mifi.postJson(file + "/study-permit", permitJson()).status()).isEqualTo(409);
        HttpTestClient.Response caqBeforeAdmission = mifi.postJson(file + "/caq", caqJson(applicationId));
        created(institution.postJson("/api/applications/" + refusedId + "/decision", decisionJson("REFUSED")));
        HttpTestClient.Response caqOnARefusal = mifi.postJson(file + "/caq", caqJson(refusedId));
        assertThat(version("prospects", prospectId)).isEqualTo(1);

        steps.admit(institutionId, applicationId);
        HttpTestClient.Response decidedTwice = institution.postJson("/api/applications/" + applicationId + "/decision",
                decisionJson("REFUSED"));
        created(mifi.postJson(file + "/caq", caqJson(applicationId)));
        HttpTestClient.Response caqTwice = mifi.postJson(file + "/caq", caqJson(applicationId));
        HttpTestClient.Response arrivalWithoutPermit = institution.postJson(file + "/arrival", arrivalJson());
        created(mifi.postJson(file + "/study-permit", permitJson()));
        created(institution.postJson(file + "/arrival", arrivalJson()));
        HttpTestClient.Response arrivedTwice = institution.postJson(file + "/arrival", arrivalJson());

        assertThat(caqBeforeAdmission.status()).isEqualTo(409);
        assertThat(caqBeforeAdmission.contentType()).startsWith("application/problem+json");
        assertThat(caqBeforeAdmission.json().get("field").asString()).isEqualTo("applicationId");
        assertThat(caqOnARefusal.status()).isEqualTo(409);
        assertThat(decidedTwice.status()).isEqualTo(409);
        assertThat(caqTwice.status()).isEqualTo(409);
        assertThat(arrivalWithoutPermit.status()).isEqualTo(409);
        assertThat(arrivedTwice.status()).isEqualTo(409);
        // the relay publishes a file's events in version order: a stray event of a refused step would be among these
        assertEvents(prospectId, StudentProspectRegistered.class, CaqIssued.class, StudyPermitIssued.class,
                StudentArrived.class);
        assertEvents(applicationId, StudyApplicationSubmitted.class, AdmissionGranted.class);
        assertEvents(refusedId, StudyApplicationSubmitted.class, AdmissionRefused.class);
        assertThat(version("prospects", prospectId)).isEqualTo(4);
        assertThat(version("applications", applicationId)).isEqualTo(2);
    }

    @Test
    void aProspectAppliesOnceToAProgramAndIntakeAndARepeatGetsTheSameAnswer() {
        String prospectId = steps.prospect("PE", eventId);
        String body = applicationJson(prospectId, programId);

        HttpTestClient.Response first = created(as(tokens.institution(institutionId)).postJson("/api/applications", body));
        HttpTestClient.Response again = created(as(tokens.mifi()).postJson("/api/applications", body));
        HttpTestClient.Response otherTerm = created(as(tokens.mifi()).postJson("/api/applications",
                applicationJson(prospectId, programId, OTHER_TERM)));

        String applicationId = first.json().get("applicationId").asString();
        assertThat(again.json().get("applicationId").asString()).isEqualTo(applicationId);
        assertThat(again.headers().firstValue("Location")).contains("/api/applications/" + applicationId);
        assertThat(again.json().get("version").asLong()).isEqualTo(1);
        assertThat(otherTerm.json().get("applicationId").asString()).isNotEqualTo(applicationId);
        assertThat(mongo.getCollection("applications").countDocuments(new Document("prospectId", prospectId))).isEqualTo(2);
        steps.admit(institutionId, applicationId);
        assertEvents(applicationId, StudyApplicationSubmitted.class, AdmissionGranted.class);
    }

    @Test
    void aRepeatedIdempotencyKeyOnAStepAnswersTheFileAndPublishesNothingNew() {
        String prospectId = steps.prospect("BR", eventId);
        String applicationId = steps.application(institutionId, prospectId, programId);
        steps.admit(institutionId, applicationId);
        Map<String, String> key = Map.of("Idempotency-Key", "caq-" + UUID.randomUUID());
        HttpTestClient mifi = as(tokens.mifi());

        HttpTestClient.Response first = mifi.postJson("/api/prospects/" + prospectId + "/caq", caqJson(applicationId), key);
        HttpTestClient.Response again = mifi.postJson("/api/prospects/" + prospectId + "/caq", caqJson(applicationId), key);
        HttpTestClient.Response otherBody = mifi.postJson("/api/prospects/" + prospectId + "/caq",
                caqJson(applicationId).replace("\"validUntil\": \"" + LocalDate.now().plusYears(3),
                        "\"validUntil\": \"" + LocalDate.now().plusYears(4)), key);
        HttpTestClient.Response reusedForAnotherStep = mifi.postJson("/api/prospects/" + prospectId + "/study-permit",
                permitJson(), key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json().get("version").asLong()).isEqualTo(2);
        assertThat(otherBody.status()).isEqualTo(409);
        assertThat(reusedForAnotherStep.status()).isEqualTo(409);
        assertThat(reusedForAnotherStep.json().get("field").asString()).isEqualTo("Idempotency-Key");
        assertThat(version("prospects", prospectId)).isEqualTo(2);
        created(mifi.postJson("/api/prospects/" + prospectId + "/study-permit", permitJson()));
        assertEvents(prospectId, StudentProspectRegistered.class, CaqIssued.class, StudyPermitIssued.class);
    }

    @Test
    void funnelsCountEachStepPerEventCountryProgramAndInstitution() {
        String otherProgram = steps.program(institutionId, false);
        String arriving = steps.prospect("HN", eventId);
        String arrivingApplication = steps.application(institutionId, arriving, programId);
        steps.arrive(institutionId, arriving, arrivingApplication);
        String admitted = steps.prospect("HN", eventId);
        steps.admit(institutionId, steps.application(institutionId, admitted, otherProgram));
        created(as(tokens.mifi()).postJson("/api/applications", applicationJson(admitted, programId, OTHER_TERM)));
        steps.prospect("HN", eventId);
        steps.prospect("HN", null);
        HttpTestClient mifi = as(tokens.mifi());

        assertThat(row(mifi, "promotion-events", eventId)).isEqualTo("3 prospects, 2 applicants (3 applications), "
                + "2 admitted (2 admissions), 1 CAQ, 1 permits, 1 arrived: Salon Étudier au Québec — Bogotá");
        assertThat(row(mifi, "countries", "HN")).isEqualTo("4 prospects, 2 applicants (3 applications), "
                + "2 admitted (2 admissions), 1 CAQ, 1 permits, 1 arrived: Honduras");
        assertThat(row(mifi, "programs", programId)).isEqualTo("2 prospects, 2 applicants (2 applications), "
                + "1 admitted (1 admissions), 1 CAQ, 1 permits, 1 arrived: Technologie des productions animales");
        assertThat(row(mifi, "programs", otherProgram)).startsWith("1 prospects, 1 applicants (1 applications), "
                + "1 admitted (1 admissions), 0 CAQ, 0 permits, 0 arrived");
        assertThat(row(mifi, "institutions", institutionId)).isEqualTo("2 prospects, 2 applicants (3 applications), "
                + "2 admitted (2 admissions), 1 CAQ, 1 permits, 1 arrived: Cégep de Rimouski");
        JsonNode share = as(tokens.institution(institutionId)).get("/api/funnels/labour-shortage-share").json();
        assertThat(share.get("admissions").asLong()).isEqualTo(2);
        assertThat(share.get("admissionsInShortagePrograms").asLong()).isEqualTo(1);
        assertThat(share.get("share").asDouble()).isEqualTo(0.5);

        HttpTestClient.Response consulate = as(tokens.consulate("HN")).get("/api/funnels/countries");
        assertThat(consulate.json().get("items")).hasSize(1);
        assertThat(consulate.json().get("items").get(0).get("prospects").asLong()).isEqualTo(4);
        assertThat(consulate.body()).doesNotContain("Camila", "Rojas", arriving, admitted);
    }

    @Test
    void mifiExportsProspectsAsCsvThatNoSpreadsheetRunsAndTheExportIsAudited() {
        String formula = "=HYPERLINK(\\\"http://evil.example\\\")";
        String prospectId = created(as(tokens.mifi()).postJson("/api/prospects", prospectJson(formula, "GT", eventId)))
                .json().get("prospectId").asString();

        HttpTestClient.Response csv = as(tokens.mifi()).get("/api/prospects/export.csv?promotionEventId=" + eventId);

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("prospectId,givenName,familyName,citizenship,").contains("\r\n")
                .contains(prospectId + ",\"'=HYPERLINK(\"\"http://evil.example\"\")\",Rojas Díaz,GT,");
        assertThat(mongo.getCollection("audit_entries").countDocuments(new Document("action", "export prospects")
                .append("subject", "mifi-analyst").append("personIds", prospectId))).isEqualTo(1);
    }

    @Test
    void employersAreKeptFromRecruitingsEventsAndTheLatestRegistrationWins() {
        String employerId = "emp-" + UUID.randomUUID();
        EmployerRegistered newer = new EmployerRegistered(employerId, "Ferme Les Cèdres inc.", "1170000001", "Montérégie", "AGRICULTURE");
        EmployerRegistered older = new EmployerRegistered(employerId, "Ferme Ancienne", "1170000001", "Montérégie", "AGRICULTURE");
        String marker = "emp-" + UUID.randomUUID();
        kafka.publish(EventEnvelope.wrap(newer, Instant.now(), 2));
        kafka.publish(EventEnvelope.wrap(older, Instant.now(), 1));
        // same record key, same partition: once the marker is applied, the late older event has been seen
        EventEnvelope after = EventEnvelope.wrap(new EmployerRegistered(marker, "Marqueur", "1170000002", "Estrie",
                "AGRICULTURE"), Instant.now(), 1);
        kafka.send(Topics.RECRUITING, employerId, after.data(), after.headers());

        await().atMost(PATIENCE).until(() -> mongo.getCollection("employers").countDocuments(new Document("_id", marker)) == 1);
        Document employer = mongo.getCollection("employers").find(new Document("_id", employerId)).first();
        assertThat(employer.getString("legalName")).isEqualTo("Ferme Les Cèdres inc.");
        assertThat(employer.getLong("lastSequence")).isEqualTo(2L);
    }

    /** Who sends it, where, the body ({program}, {event}, {prospect}, {application} filled in), the field named. */
    static Stream<Arguments> invalidRequests() {
        int year = LocalDate.now().getYear();
        String institution = StudentFixtures.institutionJson("inst-invalid");
        String program = StudentFixtures.programJson(true);
        String event = StudentFixtures.eventJson("{institution}");
        String prospect = prospectJson("CO", null);
        String caq = caqJson("{application}");
        return Stream.of(
                invalid("a region outside Quebec", "mifi", "/api/institutions", institution.replace("BAS_SAINT_LAURENT", "ONTARIO"), "region"),
                invalid("an unknown kind of institution", "mifi", "/api/institutions", institution.replace("CEGEP", "LYCEE"), "type"),
                invalid("an institution code with spaces", "mifi", "/api/institutions", institution.replace("inst-invalid", "inst invalid"), "institutionId"),
                invalid("an intake season that does not exist", "institution", "/api/programs", program.replace(StudentFixtures.TERM, year + "-AUTUMN"), "intakeTerms"),
                invalid("an intake term long past", "institution", "/api/programs", program.replace(StudentFixtures.TERM, "1999-FALL"), "intakeTerms"),
                invalid("an intake term listed twice", "institution", "/api/programs", program.replace(StudentFixtures.OTHER_TERM, StudentFixtures.TERM), "intakeTerms"),
                invalid("an unknown study level", "institution", "/api/programs", program.replace("\"DEC\"", "\"PHD\""), "level"),
                invalid("no seat", "institution", "/api/programs", program.replace("\"seats\": 20", "\"seats\": 0"), "seats"),
                invalid("a code that is no country", "mifi", "/api/promotion-events", event.replace("\"CO\"", "\"XX\""), "country"),
                invalid("a country name instead of a code", "mifi", "/api/promotion-events", event.replace("\"CO\"", "\"Colombia\""), "country"),
                invalid("an impossible date", "mifi", "/api/promotion-events", event.replaceAll("\"date\": \"[0-9-]+\"", "\"date\": \"" + year + "-02-30\""), "date"),
                invalid("an event ten years ahead", "mifi", "/api/promotion-events", event.replaceAll("\"date\": \"[0-9-]+\"", "\"date\": \"" + (year + 10) + "-03-01\""), "date"),
                invalid("an unregistered institution taking part", "mifi", "/api/promotion-events", event.replace("{institution}", "inst-nobody"), "institutionIds"),
                invalid("a citizenship that is no country", "mifi", "/api/prospects", prospect.replace("\"citizenship\": \"CO\"", "\"citizenship\": \"XX\""), "citizenship"),
                invalid("a residence named instead of coded", "mifi", "/api/prospects", prospect.replace("\"countryOfResidence\": \"CO\"", "\"countryOfResidence\": \"Mexico\""), "countryOfResidence"),
                invalid("a birth year two centuries ago", "mifi", "/api/prospects", prospect.replaceAll("\"birthYear\": [0-9]+", "\"birthYear\": 1800"), "birthYear"),
                invalid("a French level above 12", "mifi", "/api/prospects", prospect.replace("\"declaredFrenchLevel\": 4", "\"declaredFrenchLevel\": 13"), "declaredFrenchLevel"),
                invalid("a French level of 0", "mifi", "/api/prospects", prospect.replace("\"declaredFrenchLevel\": 4", "\"declaredFrenchLevel\": 0"), "declaredFrenchLevel"),
                invalid("an unknown promotion event", "mifi", "/api/prospects", prospectJson("CO", "evt-nobody"), "promotionEventId"),
                invalid("an intake term in lower case", "institution", "/api/applications", applicationJson("{prospect}", "{program}", year + 1 + "-fall"), "intakeTerm"),
                invalid("a term the program does not take", "institution", "/api/applications", applicationJson("{prospect}", "{program}", year + 1 + "-SUMMER"), "intakeTerm"),
                invalid("an unknown prospect", "institution", "/api/applications", applicationJson("pro-nobody", "{program}"), "prospectId"),
                invalid("a decision on a day to come", "institution", "/api/applications/{application}/decision", decisionJson("GRANTED").replace(LocalDate.now().toString(), LocalDate.now().plusDays(3).toString()), "decidedOn"),
                invalid("a decision that is neither", "institution", "/api/applications/{application}/decision", decisionJson("MAYBE"), "outcome"),
                invalid("a CAQ valid until before it was issued", "mifi", "/api/prospects/{prospect}/caq", caq.replace(LocalDate.now().plusYears(3).toString(), LocalDate.now().minusDays(1).toString()), "validUntil"),
                invalid("a CAQ issued tomorrow", "mifi", "/api/prospects/{prospect}/caq", caq.replace("\"issuedOn\": \"" + LocalDate.now(), "\"issuedOn\": \"" + LocalDate.now().plusDays(1)), "issuedOn"),
                invalid("a CAQ issued on the 13th month", "mifi", "/api/prospects/{prospect}/caq", caq.replace("\"issuedOn\": \"" + LocalDate.now(), "\"issuedOn\": \"" + year + "-13-01"), "issuedOn"),
                invalid("an arrival next week", "institution", "/api/prospects/{prospect}/arrival", "{\"arrivedOn\": \"" + LocalDate.now().plusWeeks(1) + "\"}", "arrivedOn"),
                invalid("malformed JSON", "mifi", "/api/prospects", prospect.substring(0, 30), "body"));
    }

    private static Arguments invalid(String why, String caller, String path, String body, String field) {
        return Arguments.of(why, caller, path, body, field);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidRequests")
    void invalidInputIsRefusedWithAProblemNamingTheFieldAndWritesNothing(String why, String caller, String path,
                                                                         String body, String field) {
        String prospectId = steps.prospect("CO", eventId);
        String applicationId = steps.application(institutionId, prospectId, programId);
        String filledPath = path.replace("{prospect}", prospectId).replace("{application}", applicationId);
        String filledBody = body.replace("{institution}", institutionId).replace("{program}", programId)
                .replace("{prospect}", prospectId).replace("{application}", applicationId);
        String token = caller.equals("mifi") ? tokens.mifi() : tokens.institution(institutionId);
        Map<String, Long> before = written();

        HttpTestClient.Response response = as(token).postJson(filledPath, filledBody);

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("field").asString()).isEqualTo(field);
        assertThat(written()).isEqualTo(before);
        assertThat(version("prospects", prospectId)).isEqualTo(1);
        assertThat(version("applications", applicationId)).isEqualTo(1);
    }

    /** How many documents each collection holds: a refused request adds none. */
    private Map<String, Long> written() {
        Map<String, Long> counts = new java.util.TreeMap<>();
        for (String collection : List.of("institutions", "programs", "promotion_events", "prospects", "applications")) {
            counts.put(collection, mongo.getCollection(collection).countDocuments());
        }
        return counts;
    }

    private String row(HttpTestClient http, String dimension, String key) {
        JsonNode items = http.get("/api/funnels/" + dimension + "?size=200").json().get("items");
        JsonNode row = items.valueStream().filter(r -> r.get("key").asString().equals(key)).findFirst().orElseThrow();
        return "%d prospects, %d applicants (%d applications), %d admitted (%d admissions), %d CAQ, %d permits, %d arrived: %s"
                .formatted(row.get("prospects").asLong(), row.get("applicants").asLong(), row.get("applications").asLong(),
                        row.get("admitted").asLong(), row.get("admissions").asLong(), row.get("withCaq").asLong(),
                        row.get("withStudyPermit").asLong(), row.get("arrived").asLong(), row.get("label").asString());
    }

    protected long version(String collection, String id) {
        return ((Number) mongo.getCollection(collection).find(new Document("_id", id)).first().get("version")).longValue();
    }

    /** The aggregate's records, exactly these types in this order, numbered 1..n, each valid against its schema. */
    @SafeVarargs
    protected final List<ConsumerRecord<String, byte[]>> assertEvents(String aggregateId,
                                                                       Class<? extends MobilityEvent>... types) {
        List<ConsumerRecord<String, byte[]>> records = kafka.awaitRecordsWithKey(Topics.STUDENTS, aggregateId,
                types.length, PATIENCE);
        assertThat(records).extracting(r -> KafkaTestClient.header(r, "ce_type"))
                .containsExactlyElementsOf(Arrays.stream(types).map(t -> EventCatalogue.of(t).ceType()).toList());
        for (int i = 0; i < records.size(); i++) {
            ConsumerRecord<String, byte[]> record = records.get(i);
            assertThat(KafkaTestClient.header(record, "ce_sequence")).isEqualTo(String.valueOf(i + 1));
            assertThat(KafkaTestClient.header(record, "ce_subject")).isEqualTo(aggregateId);
            assertThat(KafkaTestClient.header(record, "ce_source")).isEqualTo("/services/student-attraction");
            assertThat(EventSchemas.problems(EventCatalogue.of(types[i]), record.value())).as(types[i].getSimpleName()).isEmpty();
        }
        return records;
    }
}
