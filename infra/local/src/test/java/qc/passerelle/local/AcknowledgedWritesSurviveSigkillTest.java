package qc.passerelle.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoException;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.passerelle.local.Acknowledged.Step;

/**
 * A crash must not take back what the store has acknowledged: clients write concurrently (single writes, bulk writes,
 * updates, findAndModify, deletes, an index), the server is SIGKILLed right after an acknowledgement while other
 * writes are in flight, and after a restart on the same file every acknowledged write is there.
 *
 * <p>With H2's once-a-second background commit alone, the writes of the last second before the kill are gone.
 */
class AcknowledgedWritesSurviveSigkillTest {

    private static final int ACKNOWLEDGEMENTS_BEFORE_KILL = 1_500;
    private static final int SINGLE_WRITERS = 3;
    private static final int BULK_SIZE = 20;
    private static final String PAYLOAD = "x".repeat(1_000);

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedWriteIsThereAfterSigkillAndRestart() throws Exception {
        Path data = dir.resolve("mongo");
        Path log = dir.resolve("server.log");
        int port = ServerProcess.freePort();
        Acknowledged acknowledged = new Acknowledged();

        try (ServerProcess server = ServerProcess.start(port, data, log); MongoClient client = client(port)) {
            MongoCollection<Document> documents = documents(client);
            documents.createIndex(Indexes.ascending("key"), new IndexOptions().unique(true).name("key_unique"));
            writeUntilKilled(documents, acknowledged, server);
        }

        try (ServerProcess server = ServerProcess.start(port, data, log); MongoClient client = client(port)) {
            MongoCollection<Document> documents = documents(client);
            assertThat(documents.listIndexes().map(index -> index.getString("name")).into(new ArrayList<>()))
                    .as("index created before the kill").contains("key_unique");
            assertThat(acknowledged.lostIn(documents))
                    .as("acknowledged writes lost by a SIGKILL (of %d acknowledged)", acknowledged.count())
                    .isEmpty();
        }
    }

    private static void writeUntilKilled(MongoCollection<Document> documents, Acknowledged acknowledged,
            ServerProcess server) throws InterruptedException {
        AtomicBoolean killed = new AtomicBoolean();
        CountDownLatch kill = new CountDownLatch(1);
        Queue<Exception> failuresBeforeKill = new ConcurrentLinkedQueue<>();
        Writer writer = new Writer(documents, acknowledged, count -> {
            if (count >= ACKNOWLEDGEMENTS_BEFORE_KILL && killed.compareAndSet(false, true)) {
                server.kill();
                kill.countDown();
            }
            if (killed.get()) {
                // stop at once: a next write would only wait for the server selection timeout
                throw new ServerKilled();
            }
        });

        ExecutorService writers = Executors.newFixedThreadPool(SINGLE_WRITERS + 1);
        for (int thread = 0; thread < SINGLE_WRITERS; thread++) {
            int first = thread * 100_000;
            writers.execute(() -> untilKilled(killed, failuresBeforeKill, i -> writer.oneByOne(first + i)));
        }
        writers.execute(() -> untilKilled(killed, failuresBeforeKill,
                i -> writer.inBulk(Acknowledged.FIRST_BULK_ID + i * BULK_SIZE, BULK_SIZE)));

        boolean reached = kill.await(20, TimeUnit.SECONDS);
        if (!reached && killed.compareAndSet(false, true)) {
            server.kill();
        }
        writers.shutdown();
        assertThat(writers.awaitTermination(30, TimeUnit.SECONDS)).as("writers stop once the server is gone").isTrue();
        assertThat(failuresBeforeKill).as("writes failing before the kill").isEmpty();
        assertThat(reached).as("%d acknowledgements within 20 s (got %d)", ACKNOWLEDGEMENTS_BEFORE_KILL,
                acknowledged.count()).isTrue();
    }

    private interface Round {
        void run(int round);
    }

    private static final class ServerKilled extends RuntimeException {
    }

    private static void untilKilled(AtomicBoolean killed, Queue<Exception> failuresBeforeKill, Round round) {
        try {
            for (int i = 0; !killed.get(); i++) {
                round.run(i);
            }
        } catch (ServerKilled e) {
            // this writer's last write was acknowledged; the server is gone
        } catch (MongoException e) {
            // after the kill, the writes in flight fail: that is expected, and they were not acknowledged
            if (!killed.get()) {
                failuresBeforeKill.add(e);
            }
        }
    }

    private record Writer(MongoCollection<Document> documents, Acknowledged acknowledged,
            IntConsumer afterAcknowledgement) {

        /** One document through every kind of single write, each step acknowledged before the next. */
        void oneByOne(int id) {
            documents.insertOne(new Document("_id", id).append("key", "k" + id).append("payload", PAYLOAD));
            acknowledge(id, Step.INSERTED);
            documents.updateOne(Filters.eq("_id", id), Updates.set("updated", true));
            acknowledge(id, Step.UPDATED);
            documents.findOneAndUpdate(Filters.eq("_id", id), Updates.inc("modifications", 1));
            acknowledge(id, Step.MODIFIED);
            if (Acknowledged.deletable(id)) {
                documents.deleteOne(Filters.eq("_id", id));
                acknowledge(id, Step.DELETED);
            }
        }

        /** The bulk forms: one insert command and one update command, each carrying many documents. */
        void inBulk(int firstId, int size) {
            List<Integer> ids = IntStream.range(firstId, firstId + size).boxed().toList();
            documents.insertMany(ids.stream()
                    .map(id -> new Document("_id", id).append("key", "k" + id).append("payload", PAYLOAD))
                    .toList());
            acknowledge(ids, Step.INSERTED);
            List<WriteModel<Document>> updates = ids.stream()
                    .<WriteModel<Document>>map(id -> new UpdateOneModel<>(Filters.eq("_id", id),
                            Updates.set("updated", true)))
                    .toList();
            documents.bulkWrite(updates);
            acknowledge(ids, Step.UPDATED);
        }

        private void acknowledge(int id, Step step) {
            afterAcknowledgement.accept(acknowledged.record(id, step));
        }

        /** One reply acknowledged them all: all are recorded before the kill may be triggered. */
        private void acknowledge(List<Integer> ids, Step step) {
            int count = 0;
            for (int id : ids) {
                count = acknowledged.record(id, step);
            }
            afterAcknowledgement.accept(count);
        }
    }

    private static MongoClient client(int port) {
        // short timeouts: once the server is killed, the writes in flight must fail quickly, not hang the test
        return MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString("mongodb://localhost:" + port
                        + "/?serverSelectionTimeoutMS=3000&connectTimeoutMS=2000&socketTimeoutMS=10000"))
                .writeConcern(WriteConcern.ACKNOWLEDGED)
                .retryWrites(false)
                .build());
    }

    private static MongoCollection<Document> documents(MongoClient client) {
        return client.getDatabase("durability").getCollection("documents");
    }
}
