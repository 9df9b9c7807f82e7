package qc.passerelle.local;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import qc.passerelle.local.MongoWireServer.Commits;

/**
 * What "acknowledged means durable" costs: insertOne of ~1 KB documents per second with 1 and 8 client threads, on
 * the old background commit and on the group commit, in the same run (alternating, a fresh file each time); prints
 * every measurement, the medians and the ratio. A main class, not a test: it takes about a minute.
 *
 * <pre>
 * ./mvnw -q -pl infra/local test-compile dependency:build-classpath -Dmdep.includeScope=test \
 *     -Dmdep.outputFile=target/test.classpath
 * java -cp infra/local/target/test-classes:infra/local/target/classes:$(cat infra/local/target/test.classpath) \
 *     qc.passerelle.local.StoreWriteBenchmark [seconds per measurement, 5] [rounds, 3]
 * </pre>
 */
public final class StoreWriteBenchmark {

    private static final int[] CLIENT_THREADS = {1, 8};
    private static final String PAYLOAD = "x".repeat(1_000);

    private StoreWriteBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Map<Commits, Map<Integer, List<Double>>> rates = new EnumMap<>(Commits.class);

        for (int round = 1; round <= rounds; round++) {
            // alternate which mode goes first, so that neither always gets the colder JVM
            List<Commits> order = round % 2 == 1
                    ? List.of(Commits.IN_BACKGROUND, Commits.BEFORE_REPLY)
                    : List.of(Commits.BEFORE_REPLY, Commits.IN_BACKGROUND);
            for (Commits commits : order) {
                for (int threads : CLIENT_THREADS) {
                    double rate = measure(commits, threads, seconds);
                    rates.computeIfAbsent(commits, c -> new TreeMap<>())
                            .computeIfAbsent(threads, t -> new ArrayList<>()).add(rate);
                    System.out.printf(Locale.ROOT, "round %d  %-13s %d thread(s): %,8.0f inserts/s%n",
                            round, commits, threads, rate);
                }
            }
        }
        report(rates);
    }

    private static double measure(Commits commits, int threads, int seconds) throws Exception {
        Path data = Files.createTempDirectory("store-benchmark");
        try (MongoWireServer server = MongoWireServer.start(0, data, commits);
             MongoClient client = client(server.port())) {
            MongoCollection<Document> documents = client.getDatabase("benchmark").getCollection("documents");
            insertFor(documents, threads, 1);
            return insertFor(documents, threads, seconds) / (double) seconds;
        } finally {
            deleteRecursively(data);
        }
    }

    /** Inserts from {@code threads} threads for {@code seconds}; returns how many inserts were acknowledged. */
    private static long insertFor(MongoCollection<Document> documents, int threads, int seconds) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Long>> counts = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                counts.add(pool.submit(() -> {
                    long inserted = 0;
                    while (System.nanoTime() < end) {
                        documents.insertOne(new Document("payload", PAYLOAD).append("n", inserted));
                        inserted++;
                    }
                    return inserted;
                }));
            }
            long total = 0;
            for (Future<Long> count : counts) {
                total += count.get();
            }
            return total;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void report(Map<Commits, Map<Integer, List<Double>>> rates) {
        System.out.println();
        System.out.println("median inserts/s (insertOne, ~1 KB documents, acknowledged)");
        for (int threads : CLIENT_THREADS) {
            double background = median(rates.get(Commits.IN_BACKGROUND).get(threads));
            double durable = median(rates.get(Commits.BEFORE_REPLY).get(threads));
            System.out.printf(Locale.ROOT,
                    "%d thread(s): background commit %,8.0f   durable before reply %,8.0f   durable/background %.2f%n",
                    threads, background, durable, durable / background);
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static MongoClient client(int port) {
        return MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString("mongodb://localhost:" + port))
                .writeConcern(WriteConcern.ACKNOWLEDGED)
                .build());
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.delete(path);
            }
        }
    }
}
