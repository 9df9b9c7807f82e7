package qc.passerelle.recruiting;

import static org.assertj.core.api.Assertions.assertThat;
import static qc.passerelle.recruiting.Journey.created;
import static qc.passerelle.recruiting.Journey.tokens;

import io.github.resilience4j.bulkhead.Bulkhead;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
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
import qc.passerelle.contracts.EventFixtures;
import qc.passerelle.contracts.EventJson;
import qc.passerelle.contracts.EventSchemas;
import qc.passerelle.contracts.Topics;
import qc.passerelle.contracts.recruiting.EmployerRegistered;
import qc.passerelle.recruiting.application.Application;
import qc.passerelle.recruiting.candidate.Candidate;
import qc.passerelle.recruiting.employer.Employer;
import qc.passerelle.recruiting.immigration.Hire;
import qc.passerelle.recruiting.immigration.ImmigrationFile;
import qc.passerelle.recruiting.joboffer.JobOffer;
import qc.passerelle.recruiting.mission.Mission;
import qc.passerelle.recruiting.offer.EmploymentOffer;
import qc.passerelle.testsupport.HttpTestClient;
import qc.passerelle.testsupport.KafkaTestClient;
import qc.passerelle.testsupport.ServiceScenarios;
import tools.jackson.databind.JsonNode;

/**
 * A Journées Québec recruitment as its people live it, from the employer's registration to the recruit's arrival,
 * with its events read back from the real broker and checked against their schemas; and what the service refuses.
 * Run on the embedded infrastructure and, where Docker runs, on the real images.
 */
abstract class RecruitingScenarios extends ServiceScenarios {

    static final List<String> COLLECTIONS = List.of(Employer.COLLECTION, JobOffer.COLLECTION, Mission.COLLECTION,
            Candidate.COLLECTION, Application.COLLECTION, EmploymentOffer.COLLECTION, ImmigrationFile.COLLECTION);

    @Autowired
    MongoTemplate mongo;

    @Autowired
    Bulkhead publicPathBulkhead;

    Journey journey;

    @BeforeEach
    void journey() {
        journey = new Journey(port);
    }

    @Test
    void aRegisteredEmployerIsPublishedInTheShapeOfTheContractsFixture() {
        HttpTestClient.Response registered = journey.post(tokens.recruiter(), "/api/employers",
                Journey.employerJson("Ferme Beauséjour inc.", Journey.neq(), false));

        String employerId = created(registered).get("employerId").asString();
        assertThat(registered.headers().firstValue("Location")).contains("/api/employers/" + employerId);
        ConsumerRecord<String, byte[]> record = events(employerId, 1).get(0);
        assertThat(KafkaTestClient.header(record, "ce_type")).isEqualTo("qc.mobility.recruiting.EmployerRegistered.v1");
        assertThat(KafkaTestClient.header(record, "ce_source")).isEqualTo("/services/recruiting");
        assertThat(KafkaTestClient.header(record, "ce_subject")).isEqualTo(employerId);
        assertThat(KafkaTestClient.header(record, "ce_sequence")).isEqualTo("1");
        JsonNode data = EventJson.tree(record.value());
        JsonNode fixture = EventJson.tree(EventFixtures.bytes(EventCatalogue.of(EmployerRegistered.class)));
        assertThat(fieldNames(data)).isEqualTo(fieldNames(fixture));
        assertThat(data.get("region").asString()).isEqualTo(fixture.get("region").asString()).isEqualTo("Montérégie");
        assertThat(data.get("sector").asString()).isEqualTo(fixture.get("sector").asString()).isEqualTo("Agriculture");
        assertThat(data.get("legalName").asString()).isEqualTo("Ferme Beauséjour inc.");
    }

    @Test
    void aCandidateGoesFromApplicationToArrivalAndEveryStepIsPublishedOnce() {
        String employerId = journey.registeredEmployer(true);
        String jobOfferId = journey.publishedOffer(employerId, "85100", 5, false, "[\"CO\", \"MX\"]");
        String missionId = journey.openMissionWith(employerId, jobOfferId);
        String candidateId = journey.registeredCandidate("CO", "85100", 6, 4);
        String candidate = tokens.candidate(candidateId);
        String employer = tokens.employer(employerId);

        HttpTestClient.Response applied = journey.apply(candidateId, missionId, jobOfferId);
        HttpTestClient.Response again = journey.apply(candidateId, missionId, jobOfferId);

        JsonNode application = created(applied);
        String applicationId = application.get("applicationId").asString();
        assertThat(applied.headers().firstValue("Location")).contains("/api/applications/" + applicationId);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("applicationId").asString()).isEqualTo(applicationId);
        assertThat(application.get("stage").asString()).isEqualTo("APPLIED");
        // exact NOC 40, French 4 for a minimum of 5: 20, six years: 12, Colombia targeted: 15, not regulated: 0
        assertThat(application.get("score").get("total").asInt()).isEqualTo(87);
        assertThat(application.get("score").get("factors")).hasSize(5).allSatisfy(factor -> {
            assertThat(factor.get("reasonFr").asString()).contains("sur " + factor.get("maxPoints").asInt());
            assertThat(factor.get("reasonEn").asString()).contains("of " + factor.get("maxPoints").asInt() + " points");
        });

        JsonNode listed = journey.get(employer, "/api/job-offers/" + jobOfferId + "/applications").json();
        assertThat(listed.get("totalItems").asInt()).isEqualTo(1);
        assertThat(listed.get("items").get(0).get("candidate").get("givenName").asString()).isEqualTo("Ana María");

        journey.interviewed(applicationId, employerId);
        HttpTestClient.Response extended = journey.post(employer, "/api/applications/" + applicationId + "/employment-offers",
                Journey.extendJson());
        HttpTestClient.Response extendedAgain = journey.post(employer, "/api/applications/" + applicationId + "/employment-offers",
                Journey.extendJson());
        String offerId = created(extended).get("offerId").asString();
        assertThat(extendedAgain.status()).isEqualTo(200);
        assertThat(extendedAgain.json().get("offerId").asString()).isEqualTo(offerId);
        assertThat(journey.get(candidate, "/api/candidates/" + candidateId + "/applications").json()
                .get("items").get(0).get("stage").asString()).isEqualTo("OFFERED");

        HttpTestClient.Response accepted = journey.post(candidate, "/api/employment-offers/" + offerId + "/acceptances", "{}");
        HttpTestClient.Response acceptedAgain = journey.post(candidate, "/api/employment-offers/" + offerId + "/acceptances", "{}");
        HttpTestClient.Response declinedAfter = journey.post(candidate, "/api/employment-offers/" + offerId + "/declines", "{}");

        assertThat(created(accepted).get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(acceptedAgain.status()).isEqualTo(201);
        assertThat(declinedAfter.status()).isEqualTo(409);
        assertThat(declinedAfter.contentType()).startsWith("application/problem+json");

        String file = "/api/immigration-files/" + candidateId;
        JsonNode opened = journey.get(candidate, file).json();
        assertThat(opened.get("lmiaRequired").asBoolean()).isTrue();
        assertThat(opened.get("nextStep").asString()).isEqualTo("LMIA");
        LocalDate today = LocalDate.now();
        assertThat(step(employer, candidateId, "CAQ", "REQUESTED", today.minusDays(20)).status()).isEqualTo(409);
        assertThat(step(employer, candidateId, "LMIA", "APPROVED", today.minusDays(20)).status()).isEqualTo(409);
        created(step(employer, candidateId, "LMIA", "REQUESTED", today.minusDays(20)));
        created(step(employer, candidateId, "LMIA", "APPROVED", today.minusDays(15)));
        created(step(tokens.recruiter(), candidateId, "CAQ", "REQUESTED", today.minusDays(14)));
        created(step(tokens.recruiter(), candidateId, "CAQ", "APPROVED", today.minusDays(10)));
        HttpTestClient.Response backdated = step(tokens.mifi(), candidateId, "WORK_PERMIT", "REQUESTED", today.minusDays(11));
        assertThat(backdated.status()).isEqualTo(400);
        assertThat(backdated.json().get("field").asString()).isEqualTo("on");
        HttpTestClient.Response early = journey.post(employer, file + "/arrivals", "{\"arrivedOn\": \"" + today + "\"}");
        assertThat(early.status()).isEqualTo(409);
        created(step(tokens.mifi(), candidateId, "WORK_PERMIT", "REQUESTED", today.minusDays(9)));
        created(step(tokens.mifi(), candidateId, "WORK_PERMIT", "APPROVED", today.minusDays(3)));
        JsonNode arrived = created(journey.post(employer, file + "/arrivals", "{\"arrivedOn\": \"" + today.minusDays(1) + "\"}"));
        assertThat(arrived.get("status").asString()).isEqualTo("ARRIVED");
        assertThat(journey.post(employer, file + "/arrivals", "{\"arrivedOn\": \"" + today + "\"}").status()).isEqualTo(409);

        JsonNode funnel = journey.get(tokens.mifi(), "/api/funnel/missions/" + missionId).json();
        assertThat(funnel.get("totals").toString()).isEqualTo(
                "{\"applied\":1,\"preselected\":1,\"interviewed\":1,\"offered\":1,\"accepted\":1,\"arrived\":1}");
        assertThat(funnel.get("rows").get("items").get(0).get("title").asString()).startsWith("Ouvrier maraîcher");
        HttpTestClient.Response csv = journey.get(tokens.mifi(), "/api/funnel/missions/" + missionId + "/export.csv");
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("jobOfferId,employerId,title,applied,preselected,interviewed,offered,accepted,arrived\r\n")
                .contains(jobOfferId + "," + employerId + ",Ouvrier maraîcher / Trabajador hortícola,1,1,1,1,1,1\r\n")
                .endsWith("TOTAL,,,1,1,1,1,1,1\r\n");

        assertThat(types(events(jobOfferId, 1))).containsExactly("JobOfferPublished");
        assertThat(types(events(missionId, 2))).containsExactly("RecruitmentMissionScheduled", "EmployerJoinedMission");
        assertThat(types(events(applicationId, 2))).containsExactly("CandidateApplied", "InterviewScheduled");
        List<ConsumerRecord<String, byte[]>> offerEvents = events(offerId, 2);
        assertThat(types(offerEvents)).containsExactly("EmploymentOfferExtended", "EmploymentOfferAccepted");
        assertThat(EventJson.tree(offerEvents.get(1).value()).get("declaredFrenchLevel").asInt()).isEqualTo(4);
        List<ConsumerRecord<String, byte[]>> hireEvents = events(candidateId, 4);
        assertThat(types(hireEvents)).containsExactly("ImmigrationStepCompleted", "ImmigrationStepCompleted",
                "ImmigrationStepCompleted", "RecruitArrived");
        assertThat(hireEvents.stream().map(r -> EventJson.tree(r.value()).path("step").asString("ARRIVAL")))
                .containsExactly("LMIA", "CAQ", "WORK_PERMIT", "ARRIVAL");
    }

    @Test
    void applicationsToAnOfferComeBestScoreFirstAndCanBeFilteredByFactor() {
        String employerId = journey.registeredEmployer(false);
        String jobOfferId = journey.publishedOffer(employerId, "21231", 7, true, "[\"BR\"]");
        String missionId = journey.openMissionWith(employerId, jobOfferId);
        String best = journey.registeredCandidate("BR", "21231", 12, 9);
        String far = journey.registeredCandidate("CO", "21232", 0, 2);
        String middle = journey.registeredCandidate("MX", "63200", 3, 6);
        for (String candidateId : List.of(far, best, middle)) {
            created(journey.apply(candidateId, missionId, jobOfferId));
        }
        String path = "/api/job-offers/" + jobOfferId + "/applications";

        JsonNode all = journey.get(tokens.employer(employerId), path).json();
        JsonNode exact = journey.get(tokens.recruiter(), path + "?factor=OCCUPATION&minPoints=40").json();
        JsonNode sameGroup = journey.get(tokens.mifi(), path + "?factor=OCCUPATION&minPoints=20").json();
        JsonNode badFilter = journey.get(tokens.mifi(), path + "?factor=FRENCH&minPoints=30").json();

        assertThat(all.get("items").valueStream().map(i -> i.get("candidateId").asString())).containsExactly(best, middle, far);
        // 40 + 25 + 20 + 15; 0 + 20 + 6 + 0; 20 + 0 + 0 + 0: a regulated profession flags, it takes nothing away
        assertThat(all.get("items").valueStream().map(i -> i.get("score").get("total").asInt())).containsExactly(100, 26, 20);
        assertThat(all.get("items").get(0).get("score").get("recognitionRequired").asBoolean()).isTrue();
        assertThat(exact.get("items").valueStream().map(i -> i.get("candidateId").asString())).containsExactly(best);
        assertThat(sameGroup.get("items").valueStream().map(i -> i.get("candidateId").asString())).containsExactly(best, far);
        assertThat(badFilter.get("field").asString()).isEqualTo("minPoints");
        JsonNode own = journey.get(tokens.candidate(far), "/api/candidates/" + far + "/applications").json();
        assertThat(own.get("items").valueStream().map(i -> i.get("candidateId").asString())).containsExactly(far);
    }

    static Stream<Arguments> invalidCommands() {
        String employer = "emp-x";
        String valid = Journey.employerJson("Ferme invalide", "1165432109", true);
        String offer = Journey.jobOfferJson(employer, "85100", 5, false, "[\"MX\"]");
        Instant now = Instant.now();
        String mission = Journey.missionJson("Mission invalide", now, now.plus(1, ChronoUnit.DAYS));
        String candidate = Journey.candidateJson("Invalide", "CO", "85100", 3, 5);
        String interview = "{\"scheduledAt\": \"%s\", \"mode\": \"VIDEO\", \"link\": \"https://meet.example.org/x\"}"
                .formatted(now.plus(1, ChronoUnit.DAYS));
        return Stream.of(
                Arguments.of("an NEQ of 9 digits", "/api/employers", valid.replace("1165432109", "116543210"), "neq"),
                Arguments.of("an NEQ with a letter", "/api/employers", valid.replace("1165432109", "116543210A"), "neq"),
                Arguments.of("a region that is not one of the 17", "/api/employers", valid.replace("MONTEREGIE", "QUEBEC"), "region"),
                Arguments.of("an employer id with a space", "/api/employers", valid.replace("{\"legalName\"", "{\"employerId\": \"emp x\", \"legalName\""), "employerId"),
                Arguments.of("an employer's email", "/api/employers", valid.replace("rh@ferme-beausejour.qc.ca", "rh-at-ferme"), "contactEmail"),
                Arguments.of("a NOC of 4 digits", "/api/job-offers", offer.replace("\"85100\"", "\"8510\""), "nocCode"),
                Arguments.of("a NOC with TEER 9", "/api/job-offers", offer.replace("\"85100\"", "\"89100\""), "nocCode"),
                Arguments.of("a French minimum of 0", "/api/job-offers", offer.replace("\"minimumFrenchLevel\": 5", "\"minimumFrenchLevel\": 0"), "minimumFrenchLevel"),
                Arguments.of("a French minimum of 13", "/api/job-offers", offer.replace("\"minimumFrenchLevel\": 5", "\"minimumFrenchLevel\": 13"), "minimumFrenchLevel"),
                Arguments.of("a target country that is none", "/api/job-offers", offer.replace("[\"MX\"]", "[\"MX\", \"XX\"]"), "targetCountries[1]"),
                Arguments.of("an impossible start date", "/api/job-offers", offer.replaceAll("\"startDate\": \"[^\"]*\"", "\"startDate\": \"2027-02-30\""), "startDate"),
                Arguments.of("a start date past", "/api/job-offers", offer.replaceAll("\"startDate\": \"[^\"]*\"", "\"startDate\": \"2020-01-06\""), "startDate"),
                Arguments.of("a country name", "/api/missions", mission.replace("\"CO\"", "\"Colombia\""), "country"),
                Arguments.of("an end before the start", "/api/missions", mission.replaceAll("\"endDate\": \"[^\"]*\"", "\"endDate\": \"2020-01-01\""), "endDate"),
                Arguments.of("a window closing before it opens", "/api/missions", Journey.missionJson("Mission invalide", now, now.minus(1, ChronoUnit.DAYS)), "applicationClosesAt"),
                Arguments.of("a mission in person without a city", "/api/missions", mission.replace("\"city\": \"Bogotá\",", ""), "city"),
                Arguments.of("a candidate's email", "/api/candidates", candidate.replace("candidato@example.co", "candidato@"), "email"),
                Arguments.of("a citizenship in lower case", "/api/candidates", candidate.replace("\"citizenship\": \"CO\"", "\"citizenship\": \"co\""), "citizenship"),
                Arguments.of("a declared French level of 13", "/api/candidates", candidate.replace("\"declaredFrenchLevel\": 5", "\"declaredFrenchLevel\": 13"), "declaredFrenchLevel"),
                Arguments.of("a language that is none", "/api/candidates", candidate.replace("[\"es\", \"en\"]", "[\"es\", \"xx\"]"), "otherLanguages[1]"),
                Arguments.of("a child", "/api/candidates", candidate.replace("1992", String.valueOf(LocalDate.now().getYear() - 10)), "birthYear"),
                Arguments.of("an application without an offer", "/api/applications", "{\"missionId\": \"mission-1\", \"jobOfferId\": \" \"}", "jobOfferId"),
                Arguments.of("an interview in the past", "/api/applications/app-1/interviews", interview.replace(now.plus(1, ChronoUnit.DAYS).toString(), now.minus(1, ChronoUnit.DAYS).toString()), "scheduledAt"),
                Arguments.of("a video interview without its link", "/api/applications/app-1/interviews", interview.replace("\"link\": \"https://meet.example.org/x\"", "\"link\": null"), "link"),
                Arguments.of("an offer answered after it starts", "/api/applications/app-1/employment-offers",
                        "{\"startDate\": \"%s\", \"respondBy\": \"%s\"}".formatted(LocalDate.now().plusDays(5), LocalDate.now().plusDays(6)), "respondBy"),
                Arguments.of("an immigration step that is none", "/api/immigration-files/cand-1/steps",
                        "{\"step\": \"VISA\", \"outcome\": \"APPROVED\", \"on\": \"2026-01-05\"}", "step"),
                Arguments.of("malformed JSON", "/api/employers", valid.substring(0, 30), "body"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidCommands")
    void invalidInputIsRefusedWithAProblemNamingTheFieldAndWritesNothing(String why, String path, String json, String field) {
        Map<String, Long> before = counts();

        HttpTestClient.Response response = journey.post(tokenFor(path), path, json);

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("field").asString()).isEqualTo(field);
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void refusedCommandsPublishNothing() {
        String marker = "refused-" + UUID.randomUUID();
        List<Arguments> cases = invalidCommands().toList();
        for (Arguments c : cases) {
            String path = (String) c.get()[1];
            String json = ((String) c.get()[2]).replace("invalide", marker).replace("Invalide", marker);
            assertThat(journey.post(tokenFor(path), path, json).status()).isEqualTo(400);
        }
        // a valid command after them: once its event is there, anything the refused ones had written would be too
        String employerId = journey.registeredEmployer(false);
        events(employerId, 1);

        assertThat(TopicContents.values(infrastructure().kafkaBootstrapServers(), Topics.RECRUITING))
                .noneMatch(value -> value.contains(marker));
    }

    @Test
    void aRepeatedIdempotencyKeyAnswersTheSameEmployerAndAnotherRequestUnderItIsAConflict() {
        String key = "register-" + UUID.randomUUID();
        String body = Journey.employerJson("Ferme " + key, Journey.neq(), true);

        HttpTestClient.Response first = journey.post(tokens.mifi(), "/api/employers", body, key);
        HttpTestClient.Response again = journey.post(tokens.mifi(), "/api/employers", body, key);
        HttpTestClient.Response other = journey.post(tokens.mifi(), "/api/employers",
                Journey.employerJson("Autre ferme", Journey.neq(), true), key);
        HttpTestClient.Response sameNeq = journey.post(tokens.recruiter(), "/api/employers",
                body.replace("Ferme", "Même NEQ"));

        String employerId = created(first).get("employerId").asString();
        assertThat(created(again).get("employerId").asString()).isEqualTo(employerId);
        assertThat(mongo.getCollection(Employer.COLLECTION).countDocuments(new Document("idempotencyKey", "mifi-analyst/" + key)))
                .isEqualTo(1);
        assertThat(other.status()).isEqualTo(409);
        assertThat(other.json().get("field").asString()).isEqualTo("Idempotency-Key");
        assertThat(sameNeq.status()).isEqualTo(409);
        assertThat(sameNeq.contentType()).startsWith("application/problem+json");
    }

    /** The farm whose people already sign in with {@code employer_id} = its id is registered under that very id. */
    @Test
    void anEmployerCanBeRegisteredUnderTheIdItsTokensAlreadyCarry() {
        String employerId = "emp-ferme-" + UUID.randomUUID().toString().substring(0, 8);
        String body = Journey.employerJson("Ferme Beauséjour inc.", Journey.neq(), true)
                .replace("{\"legalName\"", "{\"employerId\": \"" + employerId + "\", \"legalName\"");

        HttpTestClient.Response registered = journey.post(tokens.recruiter(), "/api/employers", body);
        HttpTestClient.Response taken = journey.post(tokens.recruiter(), "/api/employers",
                body.replaceAll("\"neq\": \"\\d+\"", "\"neq\": \"" + Journey.neq() + "\""));

        assertThat(created(registered).get("employerId").asString()).isEqualTo(employerId);
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.json().get("detail").asString()).contains("employerId");
        assertThat(journey.get(tokens.employer(employerId), "/api/employers/" + employerId).status()).isEqualTo(200);
        assertThat(types(events(employerId, 1))).containsExactly("EmployerRegistered");
    }

    @Test
    void applyingOutsideTheMissionsRulesIsRefused() {
        String employerId = journey.registeredEmployer(false);
        String joined = journey.publishedOffer(employerId, "21231", 5, false, "[]");
        String notJoined = journey.publishedOffer(employerId, "21231", 5, false, "[]");
        String missionId = journey.openMissionWith(employerId, joined);
        Instant now = Instant.now();
        String later = created(journey.post(tokens.mifi(), "/api/missions", Journey.missionJson("Plus tard",
                now.plus(1, ChronoUnit.DAYS), now.plus(3, ChronoUnit.DAYS)))).get("missionId").asString();
        created(journey.post(tokens.employer(employerId), "/api/missions/" + later + "/participations",
                "{\"employerId\": \"%s\", \"jobOfferIds\": [\"%s\"]}".formatted(employerId, joined)));
        String candidateId = journey.registeredCandidate("BR", "21231", 4, 6);
        String unregistered = Journey.candidateId();

        assertThat(journey.apply(unregistered, missionId, joined).status()).isEqualTo(409);
        assertThat(journey.apply(candidateId, later, joined).status()).isEqualTo(409);
        assertThat(journey.apply(candidateId, missionId, notJoined).status()).isEqualTo(409);
        assertThat(journey.apply(candidateId, "mission-nowhere", joined).status()).isEqualTo(404);
        JsonNode closed = created(journey.post(tokens.employer(employerId), "/api/job-offers/" + joined + "/closures",
                "{\"reason\": \"FILLED\"}"));
        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
        assertThat(journey.apply(candidateId, missionId, joined).status()).isEqualTo(409);
        assertThat(journey.post(tokens.employer(employerId), "/api/job-offers/" + joined + "/closures",
                "{\"reason\": \"CANCELLED\"}").status()).isEqualTo(409);
        assertThat(types(events(joined, 2))).containsExactly("JobOfferPublished", "JobOfferClosed");
        assertThat(mongo.getCollection(Application.COLLECTION).countDocuments(new Document("candidateId", candidateId))).isZero();
    }

    /**
     * A crash between an acceptance's two writes leaves the claim on the candidate's hire and the offer still
     * EXTENDED. Another acceptance must not take the hire over: it completes the interrupted one and is refused.
     */
    @Test
    void anAcceptanceInterruptedAfterItsClaimIsCompletedNotTakenOver() {
        Hired setup = twoOffers();
        mongo.insert(claimOn(setup, setup.first()), ImmigrationFile.COLLECTION);

        HttpTestClient.Response other = journey.post(tokens.candidate(setup.candidateId()),
                "/api/employment-offers/" + setup.second() + "/acceptances", "{}");

        assertThat(other.status()).isEqualTo(409);
        assertThat(journey.get(tokens.mifi(), "/api/employment-offers/" + setup.first()).json().get("status").asString())
                .isEqualTo("ACCEPTED");
        assertThat(journey.get(tokens.mifi(), "/api/employment-offers/" + setup.second()).json().get("status").asString())
                .isEqualTo("EXTENDED");
        assertThat(types(events(setup.first(), 2))).containsExactly("EmploymentOfferExtended", "EmploymentOfferAccepted");
    }

    /** A claim left on an offer that was declined meanwhile can never become a hire: the next acceptance takes it. */
    @Test
    void aClaimLeftOnADeclinedOfferGivesWayToTheNextAcceptance() {
        Hired setup = twoOffers();
        String candidate = tokens.candidate(setup.candidateId());
        JsonNode declined = created(journey.post(candidate, "/api/employment-offers/" + setup.first() + "/declines", "{}"));
        mongo.insert(claimOn(setup, setup.first()), ImmigrationFile.COLLECTION);

        HttpTestClient.Response accepted = journey.post(candidate, "/api/employment-offers/" + setup.second() + "/acceptances", "{}");
        HttpTestClient.Response declinedOneAccepted = journey.post(candidate,
                "/api/employment-offers/" + setup.first() + "/acceptances", "{}");

        assertThat(declined.get("status").asString()).isEqualTo("DECLINED");
        assertThat(created(accepted).get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(declinedOneAccepted.status()).isEqualTo(409);
        assertThat(journey.get(candidate, "/api/immigration-files/" + setup.candidateId()).json().get("offerId").asString())
                .isEqualTo(setup.second());
        assertThat(types(events(setup.first(), 2))).containsExactly("EmploymentOfferExtended", "EmploymentOfferDeclined");
    }

    @Test
    void aSaturatedPublicPathAnswers429WithRetryAfterAndRecordsNothing() {
        String employerId = journey.registeredEmployer(false);
        String jobOfferId = journey.publishedOffer(employerId, "21231", 5, false, "[]");
        String missionId = journey.openMissionWith(employerId, jobOfferId);
        String candidateId = journey.registeredCandidate("MX", "21231", 2, 5);
        List<Boolean> held = new ArrayList<>();
        try {
            while (publicPathBulkhead.getMetrics().getAvailableConcurrentCalls() > 0) {
                held.add(publicPathBulkhead.tryAcquirePermission());
            }

            HttpTestClient.Response refused = journey.apply(candidateId, missionId, jobOfferId);

            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.headers().firstValue("Retry-After")).contains("1");
            assertThat(refused.json().get("type").asString()).isEqualTo("urn:passerelle:problem:too-many-requests");
            assertThat(mongo.getCollection(Application.COLLECTION)
                    .countDocuments(new Document("_id", Application.idOf(jobOfferId, candidateId)))).isZero();
        } finally {
            held.stream().filter(Boolean::booleanValue).forEach(h -> publicPathBulkhead.onComplete());
        }
        assertThat(journey.apply(candidateId, missionId, jobOfferId).status()).isEqualTo(201);
    }

    @Test
    void anEmployerEditsItsOwnContactAndLmiaNeed() {
        String employerId = journey.registeredEmployer(true);

        HttpTestClient.Response edited = journey.post(tokens.employer(employerId), "/api/employers/" + employerId + "/details",
                "{\"contactEmail\": \"embauche@ferme.qc.ca\", \"contactPhone\": \"+1 819 555 0199\", \"needsLmia\": false}");
        HttpTestClient.Response invalid = journey.post(tokens.employer(employerId), "/api/employers/" + employerId + "/details",
                "{\"contactEmail\": \"embauche\", \"needsLmia\": false}");

        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.json().get("contactEmail").asString()).isEqualTo("embauche@ferme.qc.ca");
        assertThat(edited.json().get("needsLmia").asBoolean()).isFalse();
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().get("field").asString()).isEqualTo("contactEmail");
    }

    @Test
    void theServiceDescribesItsApiAndReportsItsHealth() {
        JsonNode api = journey.http().get("/v3/api-docs").json();
        JsonNode health = journey.http().get("/actuator/health").json();

        assertThat(api.get("paths").has("/api/applications")).isTrue();
        assertThat(api.get("paths").has("/api/funnel/missions/{missionId}")).isTrue();
        assertThat(health.get("status").asString()).isEqualTo("UP");
    }

    // --- helpers ---

    record Hired(String candidateId, String employerId, String first, String second) {
    }

    /** A candidate holding two extended offers from one employer. */
    Hired twoOffers() {
        String employerId = journey.registeredEmployer(false);
        String jobA = journey.publishedOffer(employerId, "21231", 5, false, "[]");
        String jobB = journey.publishedOffer(employerId, "21232", 5, false, "[]");
        String missionId = journey.openMissionWith(employerId, jobA, jobB);
        String candidateId = journey.registeredCandidate("MX", "21231", 5, 6);
        String first = journey.extendedOffer(journey.appliedAndInterviewed(candidateId, missionId, jobA, employerId), employerId);
        String second = journey.extendedOffer(journey.appliedAndInterviewed(candidateId, missionId, jobB, employerId), employerId);
        return new Hired(candidateId, employerId, first, second);
    }

    /** The claim an acceptance of {@code offerId} writes first, as a crash would leave it. */
    static ImmigrationFile claimOn(Hired setup, String offerId) {
        Hire hire = new Hire(setup.candidateId(), offerId, "app-unknown", setup.employerId(), "job-unknown",
                "mission-unknown", "MX", false);
        return new ImmigrationFile(hire.candidateId(), hire.candidateId(), hire.offerId(), hire.applicationId(),
                hire.employerId(), hire.jobOfferId(), hire.missionId(), hire.citizenship(), false, List.of(), null,
                Instant.now(), List.of(), 0, List.of(), false);
    }

    HttpTestClient.Response step(String token, String candidateId, String step, String outcome, LocalDate on) {
        return journey.post(token, "/api/immigration-files/" + candidateId + "/steps",
                "{\"step\": \"%s\", \"outcome\": \"%s\", \"on\": \"%s\"}".formatted(step, outcome, on));
    }

    /** An aggregate's events, at least {@code count}, each one checked against its schema, its subject and its place. */
    List<ConsumerRecord<String, byte[]>> events(String aggregateId, int count) {
        List<ConsumerRecord<String, byte[]>> records = kafka.awaitRecordsWithKey(Topics.RECRUITING, aggregateId, count, PATIENCE);
        for (int i = 0; i < records.size(); i++) {
            ConsumerRecord<String, byte[]> record = records.get(i);
            String type = KafkaTestClient.header(record, "ce_type");
            assertThat(EventSchemas.problems(EventCatalogue.byCeType(type).orElseThrow(), record.value())).as(type).isEmpty();
            assertThat(KafkaTestClient.header(record, "ce_subject")).isEqualTo(aggregateId);
            assertThat(KafkaTestClient.header(record, "ce_sequence")).isEqualTo(String.valueOf(i + 1));
        }
        return records;
    }

    static List<String> types(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().map(r -> KafkaTestClient.header(r, "ce_type").replaceAll("qc\\.mobility\\.recruiting\\.(\\w+)\\.v1", "$1"))
                .toList();
    }

    Map<String, Long> counts() {
        return COLLECTIONS.stream().collect(Collectors.toMap(c -> c, c -> mongo.getCollection(c).countDocuments()));
    }

    static String tokenFor(String path) {
        return path.startsWith("/api/candidates") || path.equals("/api/applications")
                ? tokens.candidate(Journey.candidateId()) : tokens.mifi();
    }

    static Set<String> fieldNames(JsonNode node) {
        return new TreeSet<>(node.propertyNames());
    }
}
