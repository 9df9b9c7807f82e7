package qc.passerelle.wireserver;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.bson.BsonTimestamp;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local store's own format: what is written is read back the same, after a reopen and after an upgrade. */
class StoreFormatTest {

    @TempDir
    Path dir;

    @Test
    void everyKindOfValueReadsBackTheSameAfterReopening() {
        Path file = dir.resolve("store.mv");
        List<Document> written = documents();
        try (Served served = new Served(new KeyedH2Backend(MVStore.open(file.toString())))) {
            served.workers().createIndex(Indexes.ascending("email"), new IndexOptions().unique(true));
            served.workers().insertMany(written);
        }
        try (Served served = new Served(new KeyedH2Backend(MVStore.open(file.toString())))) {
            assertThat(all(served.workers())).isEqualTo(written);
            behavesLikeAnIndexedCollection(served.workers());
        }
    }

    @Test
    void aFileOfTheFirstFormatIsUpgradedOnceAndKeptBeside() throws Exception {
        Path file = dir.resolve("passerelle.mv");
        List<Document> written = documents();
        // format 1: mongo-java-server's own H2 backend, H2's default types
        try (Served served = new Served(new H2Backend(MVStore.open(file.toString())))) {
            served.workers().createIndex(Indexes.ascending("email"), new IndexOptions().unique(true));
            served.workers().insertMany(written);
        }
        assertThatThrownBy(() -> new KeyedH2Backend(MVStore.open(file.toString())))
                .hasMessageContaining("upgraded first");

        StoreFormat.upgrade(file, path -> MVStore.open(path.toString()));

        assertThat(dir.resolve("passerelle.mv.format1")).exists();
        try (Served served = new Served(new KeyedH2Backend(MVStore.open(file.toString())))) {
            assertThat(all(served.workers())).isEqualTo(written);
            behavesLikeAnIndexedCollection(served.workers());
        }
        long size = Files.size(file);
        StoreFormat.upgrade(file, path -> MVStore.open(path.toString()));   // current already: nothing to do
        assertThat(dir.resolve("passerelle.mv.format2")).doesNotExist();
        assertThat(Files.size(file)).isEqualTo(size);
    }

    private static void behavesLikeAnIndexedCollection(MongoCollection<Document> workers) {
        assertThat(workers.find(eq("_id", "w-7")).first().getString("email")).isEqualTo("w7@x.test");
        assertThat(workers.find(eq("email", "w12@x.test")).first().getString("_id")).isEqualTo("w-12");
        assertThatThrownBy(() -> workers.insertOne(new Document("_id", "w-999").append("email", "w3@x.test")))
                .isInstanceOf(MongoWriteException.class);
        assertThatThrownBy(() -> workers.insertOne(new Document("_id", "w-3"))).isInstanceOf(MongoWriteException.class);
        workers.updateOne(eq("_id", "w-3"), Updates.set("entries.a.v", 2L));
        assertThat(workers.find(eq("_id", "w-3")).first().getEmbedded(List.of("entries", "a", "v"), Long.class))
                .isEqualTo(2L);
        assertThat(workers.countDocuments()).isEqualTo(40);
    }

    private static List<Document> all(MongoCollection<Document> workers) {
        return workers.find().sort(Sorts.ascending("n")).into(new ArrayList<>());
    }

    private static List<Document> documents() {
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            docs.add(new Document("_id", "w-" + i).append("n", i).append("email", "w" + i + "@x.test")
                    .append("version", (long) i * 1_000_000_000L).append("ratio", i / 3.0).append("present", i % 2 == 0)
                    .append("none", null).append("at", new Date(1_780_000_000_000L + i))
                    .append("oid", new ObjectId(new Date(1_780_000_000_000L), i))
                    .append("money", Decimal128.parse(i + ".25")).append("blob", new Binary(new byte[] {1, 2, (byte) i}))
                    .append("uuid", new Binary((byte) 4, uuidBytes(UUID.nameUUIDFromBytes(new byte[] {(byte) i}))))
                    .append("ts", new BsonTimestamp(i, 1))
                    .append("names", List.of("Pérez", "Ñandú " + i, "李"))
                    .append("entries", new Document("a", new Document("v", 1L).append("status", "PRESENT"))
                            .append("b", new Document("v", 3L).append("list", List.of(1, 2L, 3.5)))));
        }
        return docs;
    }

    private static byte[] uuidBytes(UUID uuid) {
        return java.nio.ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits())
                .putLong(uuid.getLeastSignificantBits()).array();
    }
}
