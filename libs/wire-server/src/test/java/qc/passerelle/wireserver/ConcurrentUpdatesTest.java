package qc.passerelle.wireserver;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoBackend;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On the local stack's backend, a document read while other connections update it is read whole, before or after each
 * update: never half changed, and never a failed reply. (mongo-java-server changed the stored instance in place while replies that held it were
 * being encoded: dropped connections and torn documents under load.)
 */
class ConcurrentUpdatesTest {

    private static final int ROUNDS = 2_000;

    @TempDir
    Path dir;

    @Test
    void onDisk() throws InterruptedException {
        String file = dir.resolve("store.mv").toString();
        readsAreWhole(() -> new KeyedH2Backend(MVStore.open(file)));
    }

    private void readsAreWhole(Supplier<MongoBackend> backend) throws InterruptedException {
        try (Served served = new Served(backend.get())) {
            MongoCollection<Document> workers = served.workers();
            Document worker = new Document("_id", "w-1").append("a", 0).append("b", 0);
            for (int i = 0; i < 400; i++) {
                worker.append("field" + i, "value " + i);
            }
            workers.insertOne(worker);

            ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < 3; t++) {
                threads.add(Thread.ofPlatform().start(() -> {
                    for (int i = 1; i <= ROUNDS; i++) {
                        try {
                            // a and b always change together; the lease comes and goes (the document's keys change)
                            workers.updateOne(eq("_id", "w-1"), i % 2 == 0
                                    ? Updates.combine(Updates.set("a", i), Updates.set("b", i), Updates.set("lease", i))
                                    : Updates.combine(Updates.set("a", i), Updates.set("b", i), Updates.unset("lease")));
                        } catch (RuntimeException e) {
                            problems.add("update: " + e);
                        }
                    }
                }));
                threads.add(Thread.ofPlatform().start(() -> {
                    for (int i = 0; i < ROUNDS; i++) {
                        try {
                            Document read = workers.find(eq("_id", "w-1")).first();
                            if (read == null || !read.get("a").equals(read.get("b"))) {
                                problems.add("torn read: " + read);
                            }
                        } catch (RuntimeException e) {
                            problems.add("read: " + e);
                        }
                    }
                }));
            }
            for (Thread thread : threads) {
                thread.join();
            }
            assertThat(problems).isEmpty();
        }
    }
}
