package qc.passerelle.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.Document;

/**
 * The wire server's own rate for documents of a given size, measured in the same run as the benchmark it is a
 * baseline for, so that a figure divided by it holds from one machine to another.
 */
public final class StoreRate {

    private StoreRate() {
    }

    /** Documents per second inserted one at a time by {@code clients} concurrent clients. */
    public static double insertOne(String mongoUri, int documents, int sizeBytes, int clients) throws Exception {
        try (MongoClient client = MongoClients.create(mongoUri)) {
            MongoCollection<Document> scratch = client.getDatabase("bench-scratch").getCollection("insert_one");
            scratch.drop();
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            long start = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int offset = c;
                done.add(pool.submit(() -> {
                    for (int i = offset; i < documents; i += clients) {
                        scratch.insertOne(document(i, sizeBytes));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            double rate = documents / ((System.nanoTime() - start) / 1e9);
            pool.shutdown();
            scratch.drop();
            return rate;
        }
    }

    /** Documents per second inserted in batches of 500 by one client. */
    public static double insertMany(String mongoUri, int documents, int sizeBytes) {
        try (MongoClient client = MongoClients.create(mongoUri)) {
            MongoCollection<Document> scratch = client.getDatabase("bench-scratch").getCollection("insert_many");
            scratch.drop();
            long start = System.nanoTime();
            List<Document> batch = new ArrayList<>();
            for (int i = 0; i < documents; i++) {
                batch.add(document(i, sizeBytes));
                if (batch.size() == 500) {
                    scratch.insertMany(batch);
                    batch.clear();
                }
            }
            if (!batch.isEmpty()) {
                scratch.insertMany(batch);
            }
            double rate = documents / ((System.nanoTime() - start) / 1e9);
            scratch.drop();
            return rate;
        }
    }

    static Document document(int i, int sizeBytes) {
        return new Document("_id", "doc-" + i).append("n", i).append("padding", "x".repeat(Math.max(0, sizeBytes - 60)));
    }
}
