package qc.passerelle.bench.relay;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import qc.passerelle.bench.Args;
import qc.passerelle.bench.Results;
import qc.passerelle.bench.StoreRate;
import qc.passerelle.contracts.EventFixtures;
import qc.passerelle.contracts.Topics;
import qc.passerelle.contracts.agriworkers.WorkerArrived;
import qc.passerelle.kraft.KraftBroker;
import qc.passerelle.local.MongoWireServer;
import qc.passerelle.messaging.outbox.EventPublisher;
import qc.passerelle.messaging.outbox.Outbox;
import qc.passerelle.messaging.outbox.OutboxBacklog;
import qc.passerelle.messaging.outbox.OutboxCollections;
import qc.passerelle.messaging.outbox.OutboxRelay;
import qc.passerelle.messaging.outbox.OutboxRelayRunner;
import qc.passerelle.messaging.outbox.OutboxScan;
import qc.passerelle.messaging.outbox.RelaySettings;

/**
 * How fast the outbox relay drains a backlog (what piles up while the broker is away), whatever else is stored:
 * {@code --stored} aggregates without pending events, {@code --pending} with one event each, on a real broker and the
 * local stack's own store (the durable wire server). The relay starts as after a restart: its scan finds the
 * backlog, then it publishes. Reported beside the wire server's insert rate measured in the same run.
 *
 * <pre>
 * ./mvnw -q -pl infra/bench exec:java -Dexec.mainClass=qc.passerelle.bench.relay.RelayDrainBenchmark \
 *     -Dexec.args="--stored=18500 --pending=10000"
 * </pre>
 */
public final class RelayDrainBenchmark {

    public static void main(String[] arguments) throws Exception {
        Args args = new Args(arguments);
        int stored = args.integer("stored", 18_500);
        int pending = args.integer("pending", 10_000);
        Results results = new Results("relay-drain").put("stored without events", stored).put("pending aggregates", pending)
                .put("store", "local stack (durable wire server)");
        Path data = Files.createTempDirectory("relay-drain");
        MongoWireServer mongoServer = MongoWireServer.durable(0, data.resolve("mongo"));
        String mongoUri = "mongodb://localhost:" + mongoServer.port();
        try (KraftBroker broker = new KraftBroker(data.resolve("kafka"), 0);
             MongoClient client = MongoClients.create(mongoUri)) {
            broker.start();
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
                admin.createTopics(List.of(new NewTopic(Topics.AGRI_WORKERS, 3, (short) 1))).all().get();
            }
            MongoTemplate mongo = new MongoTemplate(client, "relay-drain");
            Outbox outbox = new Outbox(Clock.systemUTC());
            fill(mongo, outbox, stored, pending);

            Map<String, Object> config = new HashMap<>();
            config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
            config.put(ProducerConfig.ACKS_CONFIG, "all");
            config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            config.put(ProducerConfig.LINGER_MS_CONFIG, 2);
            config.put(ProducerConfig.BATCH_SIZE_CONFIG, 65536);
            EventPublisher publisher = new EventPublisher(new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer()));
            RelaySettings settings = new RelaySettings(Duration.ofSeconds(60), Duration.ofSeconds(2), Duration.ofSeconds(10),
                    args.integer("batch", 500), 5, Duration.ofSeconds(1), Duration.ofSeconds(60));
            OutboxBacklog backlog = new OutboxBacklog(Clock.systemUTC());
            OutboxRelayRunner runner = new OutboxRelayRunner(new OutboxRelay(mongo, publisher, CircuitBreaker.ofDefaults("bench"),
                    Clock.systemUTC(), settings), new OutboxScan(mongo, OutboxCollections.of("workers")), backlog,
                    Clock.systemUTC(), Duration.ofMinutes(10), Duration.ofMillis(100), settings.batchSize());
            long start = System.nanoTime();
            runner.start();
            while (backlog.publishedEvents() < pending) {
                Thread.sleep(20); // a benchmark's progress check, not a test's wait
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            runner.stop();
            publisher.close();
            double rate = pending / seconds;
            double insertOne = StoreRate.insertOne(mongoUri, 5000, 1000, 1);
            results.put("drain seconds (scan included)", seconds).put("events published per second", rate)
                    .put("wire server insertOne per second (1 KB)", insertOne)
                    .put("relay events per second / insertOne per second", rate / insertOne);
        } finally {
            mongoServer.close();
        }
        results.print();
        System.out.println("\nwritten to " + results.write(Path.of(args.text("results", "infra/bench/results"))));
        System.exit(0);
    }

    /** Worker-like documents of about 1 KB; the pending ones carry one WorkerArrived each, as after an arrival. */
    private static void fill(MongoTemplate mongo, Outbox outbox, int stored, int pending) {
        WorkerArrived sample = EventFixtures.sample(WorkerArrived.class);
        List<Document> batch = new ArrayList<>();
        for (int i = 0; i < stored + pending; i++) {
            String id = "wkr-" + i;
            Document doc = new Document("_id", id).append("familyName", "Pérez García " + i).append("version", 1)
                    .append("padding", "x".repeat(600));
            if (i >= stored) {
                WorkerArrived event = new WorkerArrived(id, sample.givenName(), sample.familyName(), sample.citizenship(),
                        sample.birthYear(), sample.stream(), sample.employerId(), sample.housingUnitId(), sample.season(),
                        sample.arrivalDate(), sample.flightNumber(), sample.returning());
                Document pendingEvent = new Document();
                mongo.getConverter().write(outbox.events(event).get(0), pendingEvent);
                doc.append(Outbox.EVENTS, List.of(pendingEvent)).append(Outbox.PENDING, true);
            }
            batch.add(doc);
            if (batch.size() == 500) {
                mongo.getCollection("workers").insertMany(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            mongo.getCollection("workers").insertMany(batch);
        }
    }
}
