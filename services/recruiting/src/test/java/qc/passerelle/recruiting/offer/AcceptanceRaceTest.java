package qc.passerelle.recruiting.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static qc.passerelle.recruiting.Journey.tokens;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import qc.passerelle.contracts.EventCatalogue;
import qc.passerelle.contracts.EventSchemas;
import qc.passerelle.contracts.Topics;
import qc.passerelle.contracts.recruiting.EmploymentOfferAccepted;
import qc.passerelle.recruiting.Journey;
import qc.passerelle.recruiting.OnEmbeddedInfrastructure;
import qc.passerelle.recruiting.immigration.ImmigrationFile;
import qc.passerelle.testsupport.EmbeddedInfrastructure;
import qc.passerelle.testsupport.HttpTestClient;
import qc.passerelle.testsupport.KafkaTestClient;

/**
 * A candidate holding two offers accepts both at the same instant from two clients, a hundred times: each time
 * exactly one acceptance stands (201, the other 409), one offer is ACCEPTED, the hire names it, and exactly one
 * {@code EmploymentOfferAccepted} is published.
 */
@Order(30)
class AcceptanceRaceTest implements OnEmbeddedInfrastructure {

    static final int ROUNDS = 100;

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    record Round(String candidateId, String first, String second) {
    }

    @Test
    void twoAcceptancesRacingForOneCandidateLeaveExactlyOne() throws Exception {
        Journey journey = new Journey(port);
        String employerId = journey.registeredEmployer(true);
        String jobA = journey.publishedOffer(employerId, "21231", 5, false, "[]");
        String jobB = journey.publishedOffer(employerId, "21232", 5, false, "[]");
        String missionId = journey.openMissionWith(employerId, jobA, jobB);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        ExecutorService racers = Executors.newFixedThreadPool(2);
        try {
            List<Future<Round>> prepared = IntStream.range(0, ROUNDS).mapToObj(i -> pool.submit(() -> {
                String candidateId = journey.registeredCandidate("MX", "21231", 4, 6);
                return new Round(candidateId,
                        journey.extendedOffer(journey.appliedAndInterviewed(candidateId, missionId, jobA, employerId), employerId),
                        journey.extendedOffer(journey.appliedAndInterviewed(candidateId, missionId, jobB, employerId), employerId));
            })).toList();
            List<String> accepted = new ArrayList<>();
            for (Future<Round> next : prepared) {
                Round round = next.get();
                CountDownLatch start = new CountDownLatch(1);
                Future<HttpTestClient.Response> one = racers.submit(() -> accept(journey, round.candidateId(), round.first(), start));
                Future<HttpTestClient.Response> two = racers.submit(() -> accept(journey, round.candidateId(), round.second(), start));
                start.countDown();
                List<HttpTestClient.Response> answers = List.of(one.get(), two.get());

                assertThat(answers).extracting(HttpTestClient.Response::status).as(round.toString())
                        .containsExactlyInAnyOrder(201, 409);
                HttpTestClient.Response won = answers.stream().filter(r -> r.status() == 201).findFirst().orElseThrow();
                String winner = won.json().get("offerId").asString();
                assertThat(won.json().get("status").asString()).isEqualTo("ACCEPTED");
                assertThat(status(round.first()).equals("ACCEPTED")).isNotEqualTo(status(round.second()).equals("ACCEPTED"));
                assertThat(mongo.findById(round.candidateId(), ImmigrationFile.class, ImmigrationFile.COLLECTION).offerId())
                        .isEqualTo(winner);
                accepted.add(winner);
            }

            Set<String> all = prepared.stream().flatMap(f -> {
                Round r = f.resultNow();
                return java.util.stream.Stream.of(r.first(), r.second());
            }).collect(Collectors.toSet());
            String acceptedType = EventCatalogue.of(EmploymentOfferAccepted.class).ceType();
            try (KafkaTestClient kafka = new KafkaTestClient(EmbeddedInfrastructure.get().kafkaBootstrapServers())) {
                List<ConsumerRecord<String, byte[]>> events = kafka.awaitRecords(Topics.RECRUITING,
                        r -> all.contains(r.key()) && acceptedType.equals(KafkaTestClient.header(r, "ce_type")),
                        ROUNDS, Duration.ofSeconds(60));
                assertThat(events).extracting(ConsumerRecord::key).containsExactlyInAnyOrderElementsOf(accepted);
                assertThat(events).allSatisfy(r ->
                        assertThat(EventSchemas.problems(EventCatalogue.of(EmploymentOfferAccepted.class), r.value())).isEmpty());
            }
        } finally {
            pool.shutdownNow();
            racers.shutdownNow();
        }
    }

    private static HttpTestClient.Response accept(Journey journey, String candidateId, String offerId, CountDownLatch start)
            throws InterruptedException {
        start.await();
        return journey.post(Journey.candidate(candidateId), "/api/employment-offers/" + offerId + "/acceptances", "{}");
    }

    private String status(String offerId) {
        return mongo.findById(offerId, EmploymentOffer.class, EmploymentOffer.COLLECTION).status().name();
    }
}
