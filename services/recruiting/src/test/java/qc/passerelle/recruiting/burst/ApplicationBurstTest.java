package qc.passerelle.recruiting.burst;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static qc.passerelle.recruiting.Journey.created;
import static qc.passerelle.recruiting.Journey.tokens;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import qc.passerelle.contracts.EventCatalogue;
import qc.passerelle.contracts.EventSchemas;
import qc.passerelle.contracts.Topics;
import qc.passerelle.contracts.recruiting.CandidateApplied;
import qc.passerelle.recruiting.Journey;
import qc.passerelle.recruiting.OnEmbeddedInfrastructure;
import qc.passerelle.recruiting.application.Application;
import qc.passerelle.testsupport.EmbeddedInfrastructure;
import qc.passerelle.testsupport.HttpTestClient;
import qc.passerelle.testsupport.KafkaTestClient;

/**
 * The opening hours of a mission, on the real broker: 5,000 applications posted concurrently by 50 clients, one in ten
 * sent twice. It checks outcomes, not time: every answer is 201, 200 (a repeat) or 429; nothing else; no application
 * stored twice or without its 201; and as many {@code CandidateApplied} events as applications stored.
 */
@Order(40)
class ApplicationBurstTest implements OnEmbeddedInfrastructure {

    static final int CLIENTS = 50;
    static final int OFFERS = 10;
    static final int CANDIDATES = 500;
    static final String APPLIED = EventCatalogue.of(CandidateApplied.class).ceType();

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    record Attempt(String candidateId, String jobOfferId) {
    }

    record Answer(Attempt attempt, int status, String applicationId, String retryAfter, String contentType) {
    }

    @Test
    void fiveThousandApplicationsFromFiftyClientsWithRepeatsAreEachStoredAndPublishedOnce() throws Exception {
        Journey journey = new Journey(port);
        String employerId = journey.registeredEmployer(false);
        List<String> offers = IntStream.range(0, OFFERS)
                .mapToObj(i -> journey.publishedOffer(employerId, "8510" + i, 3, false, "[\"CO\"]")).toList();
        String missionId = journey.openMissionWith(employerId, offers.toArray(String[]::new));
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<String> candidates = register(journey, clients);
            List<Attempt> attempts = new ArrayList<>();
            candidates.forEach(c -> offers.forEach(o -> attempts.add(new Attempt(c, o))));
            Random random = new Random(9);
            List<Attempt> repeats = attempts.stream().filter(a -> random.nextInt(10) == 0).toList();
            List<Attempt> sent = new ArrayList<>(attempts);
            sent.addAll(repeats);
            Collections.shuffle(sent, random);
            Map<String, String> tokenOf = new ConcurrentHashMap<>();
            candidates.forEach(c -> tokenOf.put(c, tokens.candidate(c)));

            List<Future<Answer>> pending = sent.stream().map(a -> clients.submit(() -> send(journey, missionId, a, tokenOf))).toList();
            List<Answer> answers = new ArrayList<>(sent.size());
            for (Future<Answer> answer : pending) {
                answers.add(answer.get());
            }

            assertThat(attempts).hasSize(5000);
            assertThat(repeats.size()).isBetween(400, 600);
            assertThat(answers).extracting(Answer::status).as("every answer").allMatch(s -> s == 201 || s == 200 || s == 429);
            assertThat(answers).filteredOn(a -> a.status() == 429).allSatisfy(a -> {
                assertThat(a.retryAfter()).isNotBlank();
                assertThat(a.contentType()).startsWith("application/problem+json");
            });
            Map<Attempt, Long> createdPerAttempt = answers.stream().filter(a -> a.status() == 201)
                    .collect(Collectors.groupingBy(Answer::attempt, Collectors.counting()));
            assertThat(createdPerAttempt.values()).as("one creation per candidate and offer").allMatch(n -> n == 1);
            Set<String> createdIds = answers.stream().filter(a -> a.status() == 201).map(Answer::applicationId)
                    .collect(Collectors.toSet());
            Set<String> repeatedIds = answers.stream().filter(a -> a.status() == 200).map(Answer::applicationId)
                    .collect(Collectors.toSet());

            List<Document> stored = storedApplications(missionId);
            Set<String> storedIds = stored.stream().map(d -> d.getString("_id")).collect(Collectors.toSet());
            assertThat(stored).as("no application twice").hasSameSizeAs(storedIds);
            assertThat(stored.stream().map(d -> d.getString("candidateId") + "|" + d.getString("jobOfferId")).distinct())
                    .hasSameSizeAs(stored);
            assertThat(storedIds).as("every stored application was answered 201, and only those").isEqualTo(createdIds);
            assertThat(storedIds).containsAll(repeatedIds);

            try (KafkaTestClient kafka = new KafkaTestClient(EmbeddedInfrastructure.get().kafkaBootstrapServers())) {
                List<ConsumerRecord<String, byte[]>> events = kafka.awaitRecords(Topics.RECRUITING,
                        r -> storedIds.contains(r.key()) && APPLIED.equals(KafkaTestClient.header(r, "ce_type")),
                        storedIds.size(), Duration.ofSeconds(90));
                assertThat(events).as("one CandidateApplied per application stored").hasSize(storedIds.size());
                assertThat(events.stream().map(ConsumerRecord::key).collect(Collectors.toSet())).isEqualTo(storedIds);
                assertThat(events).allSatisfy(r ->
                        assertThat(EventSchemas.problems(EventCatalogue.of(CandidateApplied.class), r.value())).isEmpty());
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> mongo.getCollection(Application.COLLECTION)
                    .countDocuments(new Document("missionId", missionId).append("outboxPending", true)) == 0);
        } finally {
            clients.shutdownNow();
        }
    }

    /** The candidates of the burst, registered first (retrying any 429: registering is on the public path too). */
    private static List<String> register(Journey journey, ExecutorService clients) throws Exception {
        List<Future<String>> registered = IntStream.range(0, CANDIDATES).mapToObj(i -> clients.submit(() -> {
            String candidateId = Journey.candidateId();
            String body = Journey.candidateJson("Camila", "CO", "85100", i % 12, 1 + i % 12);
            HttpTestClient.Response[] answer = new HttpTestClient.Response[1];
            await().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(50)).atMost(Duration.ofSeconds(60)).until(() -> {
                answer[0] = journey.post(tokens.candidate(candidateId), "/api/candidates", body);
                return answer[0].status() != 429;
            });
            created(answer[0]);
            return candidateId;
        })).toList();
        List<String> ids = new ArrayList<>();
        for (Future<String> id : registered) {
            ids.add(id.get());
        }
        return ids;
    }

    private static Answer send(Journey journey, String missionId, Attempt attempt, Map<String, String> tokenOf) {
        HttpTestClient.Response response = journey.http().postJson("/api/applications",
                "{\"missionId\": \"%s\", \"jobOfferId\": \"%s\"}".formatted(missionId, attempt.jobOfferId()),
                Map.of("Authorization", "Bearer " + tokenOf.get(attempt.candidateId())));
        String id = response.status() == 200 || response.status() == 201 ? response.json().get("applicationId").asString() : null;
        return new Answer(attempt, response.status(), id, response.headers().firstValue("Retry-After").orElse(null),
                response.contentType());
    }

    private List<Document> storedApplications(String missionId) {
        org.springframework.data.mongodb.core.query.Query query = new org.springframework.data.mongodb.core.query.Query(
                org.springframework.data.mongodb.core.query.Criteria.where("missionId").is(missionId));
        query.fields().include("_id").include("candidateId").include("jobOfferId");
        query.cursorBatchSize(1000);
        return mongo.find(query, Document.class, Application.COLLECTION);
    }
}
