package qc.passerelle.bench.projection;

import de.bwaldvogel.mongo.MongoServer;
import qc.passerelle.wireserver.KeyedMemoryBackend;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DocumentCodec;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import qc.passerelle.bench.Args;
import qc.passerelle.bench.Latencies;
import qc.passerelle.bench.Results;
import qc.passerelle.bench.StoreRate;
import qc.passerelle.commonview.CommonViewApplication;
import qc.passerelle.commonview.consulate.ConsulateViews;
import qc.passerelle.commonview.readmodel.ReadModels;
import qc.passerelle.commonview.rebuild.Rebuild;
import qc.passerelle.contracts.EventEnvelope;
import qc.passerelle.contracts.MobilityEvent;
import qc.passerelle.contracts.Topics;
import qc.passerelle.contracts.agriworkers.Deficiency;
import qc.passerelle.contracts.agriworkers.DepartureReason;
import qc.passerelle.contracts.agriworkers.HousingInspected;
import qc.passerelle.contracts.agriworkers.HousingUnitRegistered;
import qc.passerelle.contracts.agriworkers.InspectionResult;
import qc.passerelle.contracts.agriworkers.WorkerAbsent;
import qc.passerelle.contracts.agriworkers.WorkerArrived;
import qc.passerelle.contracts.agriworkers.WorkerDeparted;
import qc.passerelle.contracts.agriworkers.WorkerStream;
import qc.passerelle.contracts.agriworkers.WorkerTransferred;
import qc.passerelle.kraft.KraftBroker;
import qc.passerelle.local.MongoWireServer;
import qc.passerelle.web.PageRequest;

/**
 * How fast common-view rebuilds its read models from offset zero: a season of {@code --events} agri-workers events
 * (units registered and inspected, {@code --workers} workers arriving, transferred, absent, departed) on a real
 * broker, read back by common-view's own rebuild (its dispatcher, projections and bulk writes) into the wire server,
 * {@code --warmup} times (three by default), then {@code --rebuilds} times (three): the first rebuilds in a fresh JVM
 * also compile their code and size the heap, so the median of the last ones is the figure, and the first is reported
 * beside it; then once more, untimed, to measure the heap the fold holds. Reported beside two bulk-insert rates of
 * the wire server measured in the same run (each the median of three): insertMany of 500 for documents of the events' mean size (rebuild events per second against it: the first figure of issue 8), and insertMany of
 * the read models the rebuild ended in, the very documents it writes (rebuild documents per second against it);
 * with the heap the fold holds in memory (the scratch store full, after a collection), and the p50/p95 of a
 * consulate's scoped list (a page of 200) once the season is stored, cold (its buckets read and sorted) and warm
 * (the sorted list kept between projection batches).
 *
 * <pre>
 * ./mvnw -q -o -pl services/common-view,infra/bench install -DskipTests
 * ./mvnw -q -o -pl infra/bench exec:java -Dexec.mainClass=qc.passerelle.bench.projection.ProjectionRebuildBenchmark \
 *     -Dexec.args="--events=100000 --workers=18500 --store=durable --batch=8000"
 * </pre>
 * {@code --fold-batch=N} sets the records per batch of the replay into memory (8,000 by default, as the service).
 * {@code --store=memory} runs the wire server's keyed memory backend (what the tests use) instead of the local stack's
 * durable one.
 */
public final class ProjectionRebuildBenchmark {

    private static final List<String> COUNTRIES = List.of("GT", "GT", "GT", "MX", "MX", "HN", "JM", "CO");
    private static final List<String> REGIONS = List.of("MONTEREGIE", "LANAUDIERE", "LAURENTIDES", "CAPITALE-NATIONALE");

    public static void main(String[] arguments) throws Exception {
        Args args = new Args(arguments);
        int events = args.integer("events", 100_000);
        int workers = args.integer("workers", 18_500);
        String store = args.text("store", "durable");
        int batch = args.integer("batch", 8000);
        // records per batch of the replay into memory (the service's default unless named)
        int foldBatch = args.integer("fold-batch", 8_000);
        // rebuilds timed after the first, which also compiles their code: the figure is their median
        int warmRebuilds = Math.max(1, args.integer("rebuilds", 3));
        // rebuilds before those, the first included, while the compiler and the heap's sizing settle (JMH's warm-up)
        int warmup = Math.max(1, args.integer("warmup", 3));
        Results results = new Results("projection-rebuild").put("events", events).put("workers", workers).put("rebuild batch (records)", batch)
                .put("fold batch in memory (records)", foldBatch)
                .put("store", store.equals("durable") ? "local stack (durable wire server)" : "wire server, memory backend");
        Path data = Files.createTempDirectory("projection-rebuild");
        AutoCloseable mongoServer;
        int mongoPort;
        if (store.equals("durable")) {
            MongoWireServer durable = MongoWireServer.durable(0, data.resolve("mongo"));
            mongoServer = durable;
            mongoPort = durable.port();
        } else {
            MongoServer memory = new MongoServer(new KeyedMemoryBackend());
            mongoPort = memory.bind().getPort();
            mongoServer = memory::shutdownNow;
        }
        String mongoUri = "mongodb://localhost:" + mongoPort;
        try (KraftBroker broker = new KraftBroker(data.resolve("kafka"), 0)) {
            broker.start();
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
                List<NewTopic> topics = new ArrayList<>();
                for (String topic : Topics.ALL) {
                    topics.add(new NewTopic(topic, 3, (short) 1));
                    topics.add(new NewTopic(Topics.deadLetter(topic), 1, (short) 1));
                }
                admin.createTopics(topics).all().get();
            }
            long bytes = publishSeason(broker.bootstrapServers(), events, workers);
            int meanSize = (int) (bytes / events);
            results.put("mean event size (bytes)", meanSize);

            ConfigurableApplicationContext app = new SpringApplication(CommonViewApplication.class).run(
                    "--spring.profiles.active=dev", "--server.port=0",
                    "--spring.kafka.bootstrap-servers=" + broker.bootstrapServers(),
                    "--spring.mongodb.uri=" + mongoUri + "/common-view-bench",
                    // the live consumer stays off: the rebuild alone reads the topics
                    "--spring.cloud.stream.bindings.mobilityEvents-in-0.consumer.auto-startup=false",
                    "--passerelle.common-view.rebuild.batch=" + batch,
                    "--passerelle.common-view.rebuild.fold-batch=" + foldBatch,
                    "--passerelle.common-view.alerts.first-check=PT1H", "--logging.level.root=WARN",
                    // the rebuild's own account of its steps (fold in memory, copy, tail)
                    "--logging.level.qc.passerelle.commonview.rebuild=INFO");
            try {
                Rebuild rebuild = app.getBean(Rebuild.class);
                // the first rebuild in a fresh JVM also pays for compiling its code; a service that rebuilds has
                // been projecting the same events live: the median of the next ones is the figure, like the baseline's
                Timed first = timedRebuild(rebuild, false);
                results.put("first rebuild (cold JVM), seconds", first.seconds());
                List<Double> warmingUp = new ArrayList<>();
                for (int i = 1; i < warmup; i++) {
                    warmingUp.add(timedRebuild(rebuild, false).seconds());
                }
                results.put("rebuilds warming up after the first, seconds", warmingUp);
                List<Timed> timed = new ArrayList<>();
                for (int i = 0; i < warmRebuilds; i++) {
                    timed.add(timedRebuild(rebuild, false));
                }
                // the heap is measured in a rebuild of its own, after the timed ones: the full collections it takes
                // shrink the heap and reset the young generation's sizing, which slowed the rebuild they ran in by
                // more than their pauses (the timed rebuild that measured it was the slowest of its run in six runs
                // of eight)
                long heapFolded = timedRebuild(rebuild, true).heapFolded();
                results.put("warm rebuilds, seconds", timed.stream().map(Timed::seconds).toList());
                Timed median = timed.stream().sorted(java.util.Comparator.comparingDouble(Timed::seconds)).toList()
                        .get(timed.size() / 2);
                double seconds = median.seconds();
                double rate = median.events() / seconds;
                results.put("records replayed", median.events()).put("rebuild seconds", seconds)
                        .put("rebuild events per second", rate);
                if (heapFolded >= 0) {
                    results.put("heap held by the fold (scratch store full), MB", heapFolded / 1e6);
                }

                // a consulate's page of 200 from its 16 buckets: read and sorted again (cold), or from the sorted list
                // the service keeps between batches of its projection (warm)
                Latencies cold = new Latencies();
                Latencies warm = new Latencies();
                ConsulateViews consulates = app.getBean(ConsulateViews.class);
                int total = 0;
                for (int i = 0; i < 400; i++) {
                    boolean evicted = i % 2 == 0;
                    if (evicted) {
                        consulates.forget();
                    }
                    long t = System.nanoTime();
                    total = (int) consulates.page("GT", null, null, PageRequest.of(i % 5, 200)).totalItems();
                    (evicted ? cold : warm).add(System.nanoTime() - t);
                }
                results.put("GT nationals stored", total)
                        .put("GT list page of 200, cold, p50 ms", cold.percentile(50))
                        .put("GT list page of 200, cold, p95 ms", cold.percentile(95))
                        .put("GT list page of 200, warm, p50 ms", warm.percentile(50))
                        .put("GT list page of 200, warm, p95 ms", warm.percentile(95));

                double insertMany = median(() -> StoreRate.insertMany(mongoUri, events, meanSize));
                results.put("wire server insertMany per second (same size)", insertMany)
                        .put("rebuild events per second / insertMany per second", rate / insertMany);

                // the same documents: the read models the rebuild ended in, inserted again into another database by
                // insertMany, in batches of the size the rebuild writes them in
                List<String> collections = app.getBean(ReadModels.class).collections();
                int copyBatch = app.getEnvironment().getProperty("passerelle.common-view.rebuild.copy-batch", Integer.class, 1000);
                ReadModelInserts inserts = insertReadModels(mongoUri, collections, copyBatch);
                double insertsPerSecond = median(() -> insertReadModels(mongoUri, collections, copyBatch).perSecond());
                double documentsPerSecond = inserts.documents() / seconds;
                results.put("read-model documents rebuilt", inserts.documents())
                        .put("read-model documents, mean size (bytes)", inserts.meanSize())
                        .put("wire server insertMany of those documents per second", insertsPerSecond)
                        .put("rebuild read-model documents per second", documentsPerSecond)
                        .put("rebuild documents per second / insertMany of the same documents per second",
                                documentsPerSecond / insertsPerSecond);
            } finally {
                app.close();
            }
        } finally {
            mongoServer.close();
        }
        results.print();
        System.out.println("\nwritten to " + results.write(Path.of(args.text("results", "infra/bench/results"))));
        System.exit(0);
    }

    record Timed(long events, double seconds, long heapFolded) {
    }

    /**
     * One rebuild, timed from its start until it is done; with {@code measureHeap}, the heap its scratch store holds
     * once full (a collection's pause, taken out of the time).
     */
    private static Timed timedRebuild(Rebuild rebuild, boolean measureHeap) throws InterruptedException {
        long heapBefore = measureHeap ? heapAfterGc() : 0;
        long heapFolded = -1;
        long gcNanos = 0;
        long start = System.nanoTime();
        if (!rebuild.start()) {
            throw new IllegalStateException("a rebuild is already running");
        }
        // RUNNING from the moment start() took the lease (so not the last rebuild's DONE), then DONE or FAILED
        while (!rebuild.status().state().equals("DONE")) {
            if (rebuild.status().state().equals("FAILED")) {
                throw new IllegalStateException("rebuild failed: " + rebuild.status().error());
            }
            if (measureHeap && heapFolded < 0 && "COPY".equals(rebuild.status().phase())) {
                long t = System.nanoTime();
                heapFolded = heapAfterGc() - heapBefore;
                gcNanos = System.nanoTime() - t;
            }
            Thread.sleep(50); // a benchmark's progress check, not a test's wait
        }
        return new Timed(rebuild.status().events(), (System.nanoTime() - start - gcNanos) / 1e9, heapFolded);
    }

    /** The median of three measures: one slow pass of the store (a commit, a collection) does not set the baseline. */
    private static double median(java.util.function.DoubleSupplier measure) {
        double[] rates = {measure.getAsDouble(), measure.getAsDouble(), measure.getAsDouble()};
        java.util.Arrays.sort(rates);
        return rates[1];
    }

    private static long heapAfterGc() {
        System.gc();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        return memory.getHeapMemoryUsage().getUsed();
    }

    record ReadModelInserts(long documents, long meanSize, double perSecond) {
    }

    /** The read models as the rebuild left them, inserted into a scratch database: documents per second. */
    static ReadModelInserts insertReadModels(String mongoUri, List<String> collections, int chunk) {
        try (MongoClient client = MongoClients.create(mongoUri)) {
            MongoDatabase bench = client.getDatabase("common-view-bench");
            MongoDatabase scratch = client.getDatabase("bench-scratch");
            Map<String, List<Document>> all = new HashMap<>();
            long documents = 0;
            long bytes = 0;
            for (String collection : collections) {
                List<Document> docs = bench.getCollection(collection).find().batchSize(chunk).into(new ArrayList<>());
                all.put(collection, docs);
                documents += docs.size();
                for (Document doc : docs) {
                    bytes += new RawBsonDocument(doc, new DocumentCodec()).getByteBuffer().remaining();
                }
                scratch.getCollection(collection).drop();
            }
            long start = System.nanoTime();
            for (String collection : collections) {
                List<Document> docs = all.get(collection);
                MongoCollection<Document> target = scratch.getCollection(collection);
                for (int from = 0; from < docs.size(); from += chunk) {
                    target.insertMany(docs.subList(from, Math.min(docs.size(), from + chunk)));
                }
            }
            double perSecond = documents / ((System.nanoTime() - start) / 1e9);
            collections.forEach(collection -> scratch.getCollection(collection).drop());
            return new ReadModelInserts(documents, documents == 0 ? 0 : bytes / documents, perSecond);
        }
    }

    /**
     * A season in topic order: units registered and inspected (one in four failing), then each worker's arrival,
     * transfers, an absence for one in ten, departures, until {@code events} are written. Answers the bytes written.
     */
    static long publishSeason(String bootstrap, int events, int workers) {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.LINGER_MS_CONFIG, 10);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 65536);
        long bytes = 0;
        int written = 0;
        int units = Math.max(1, workers / 6);
        int employers = Math.max(1, units / 3);
        Map<String, Integer> sequences = new HashMap<>();
        Instant time = Instant.parse("2026-04-01T12:00:00Z");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            List<MobilityEvent> season = new ArrayList<>();
            for (int u = 0; u < units; u++) {
                String unit = "unit-" + u;
                String employer = "emp-" + (u % employers);
                season.add(new HousingUnitRegistered(unit, employer, u + ", rang Saint-Joseph", REGIONS.get(u % REGIONS.size()), 3, 8));
                boolean fails = u % 4 == 0;
                season.add(new HousingInspected("insp-" + u, unit, employer, "inspector-07", "CNESST_2026_DRAFT", 1,
                        fails ? InspectionResult.NON_COMPLIANT : InspectionResult.COMPLIANT, 8,
                        fails ? List.of(new Deficiency("def-1", "TOILETS_PER_OCCUPANTS", "1 per 5", "1 per 8",
                                LocalDate.of(2026, 6, 1))) : List.of(), LocalDate.of(2026, 3, 20)));
            }
            for (int w = 0; w < workers && season.size() < events; w++) {
                int u = w % units;
                String country = COUNTRIES.get(w % COUNTRIES.size());
                season.add(new WorkerArrived("wkr-" + w, "Ana", "López " + w, country, 1980 + w % 25,
                        country.equals("MX") || country.equals("JM") ? WorkerStream.SAWP : WorkerStream.TFWP_AGRICULTURAL,
                        "emp-" + (u % employers), "unit-" + u, 2026, LocalDate.of(2026, 4, 1).plusDays(w % 60), "AM680",
                        w % 2 == 0));
            }
            int round = 0;
            while (season.size() < events) {
                for (int w = 0; w < workers && season.size() < events; w++) {
                    String country = COUNTRIES.get(w % COUNTRIES.size());
                    int from = (w + round) % units;
                    int to = (w + round + 1) % units;
                    switch (round % 4) {
                        case 0, 1 -> season.add(new WorkerTransferred("wkr-" + w, country, "emp-" + (from % employers),
                                "emp-" + (to % employers), "unit-" + to, LocalDate.of(2026, 6, 1).plusDays(round), true));
                        case 2 -> {
                            if (w % 10 == 0) {
                                season.add(new WorkerAbsent("wkr-" + w, country, "emp-" + (from % employers), "unit-" + from,
                                        LocalDate.of(2026, 7, 1)));
                            } else {
                                season.add(new WorkerTransferred("wkr-" + w, country, "emp-" + (from % employers),
                                        "emp-" + (to % employers), "unit-" + to, LocalDate.of(2026, 7, 2), true));
                            }
                        }
                        default -> season.add(new WorkerDeparted("wkr-" + w, country, "emp-" + (from % employers),
                                LocalDate.of(2026, 10, 1), DepartureReason.END_OF_CONTRACT));
                    }
                }
                round++;
            }
            for (MobilityEvent event : season) {
                int sequence = sequences.merge(event.subject(), 1, Integer::sum);
                EventEnvelope envelope = EventEnvelope.wrap(event, time = time.plusMillis(10), sequence);
                ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.AGRI_WORKERS, envelope.subject(),
                        envelope.data());
                envelope.headers().forEach((name, value) ->
                        record.headers().add(new RecordHeader(name, value.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
                producer.send(record);
                bytes += envelope.data().length;
                written++;
            }
            producer.flush();
        }
        return bytes;
    }
}
