package qc.passerelle.wireserver;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Queries narrowed by key give the answers a full read gives, through the driver, on both backends. */
class KeyedBackendsTest {

    @TempDir
    Path dir;

    @Test
    void inMemory() {
        answersLikeAFullRead(KeyedMemoryBackend::new);
    }

    @Test
    void onDiskAndAfterReopening() {
        String file = dir.resolve("store.mv").toString();
        answersLikeAFullRead(() -> new KeyedH2Backend(MVStore.open(file)));

        try (Served served = new Served(new KeyedH2Backend(MVStore.open(file)))) {
            MongoCollection<Document> workers = served.workers();
            assertThat(workers.find(and(eq("_id", "w-2"), eq("version", 2L))).first()).isNotNull();
            assertThatThrownBy(() -> workers.insertOne(new Document("_id", "w-9").append("email", "w1@x.test")))
                    .isInstanceOf(MongoWriteException.class);
        }
    }

    private void answersLikeAFullRead(Supplier<MongoBackend> backend) {
        try (Served served = new Served(backend.get())) {
            MongoCollection<Document> workers = served.workers();
            workers.createIndex(Indexes.ascending("email"), new IndexOptions().unique(true));
            List<Document> docs = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                docs.add(new Document("_id", "w-" + i).append("version", 1L).append("email", "w" + i + "@x.test")
                        .append("lease", i));
            }
            workers.insertMany(docs);

            // a versioned write: applies at the expected version, then no more
            assertThat(workers.updateOne(and(eq("_id", "w-2"), eq("version", 1L)), Updates.set("version", 2L))
                    .getModifiedCount()).isEqualTo(1);
            assertThat(workers.updateOne(and(eq("_id", "w-2"), eq("version", 1L)), Updates.set("version", 3L))
                    .getModifiedCount()).isZero();
            // a claim over several ids keeps only those whose other conditions hold
            assertThat(workers.find(and(in("_id", "w-3", "w-30", "w-99"), lt("lease", 10))).map(d -> d.getString("_id"))
                    .into(new ArrayList<>())).containsExactly("w-3");
            // a unique secondary key narrows too
            assertThat(workers.find(and(eq("email", "w7@x.test"), eq("version", 1L))).first().getString("_id"))
                    .isEqualTo("w-7");
            assertThat(workers.find(and(eq("email", "w7@x.test"), eq("version", 9L))).first()).isNull();
            // duplicates are still refused
            assertThatThrownBy(() -> workers.insertOne(new Document("_id", "w-1"))).isInstanceOf(MongoWriteException.class);
            // other queries still read everything
            assertThat(workers.countDocuments(lt("lease", 10))).isEqualTo(10);
        }
    }
}
