package qc.passerelle.commonview.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import qc.passerelle.commonview.readmodel.ViewTarget;
import qc.passerelle.commonview.readmodel.ViewWrites;
import qc.passerelle.wireserver.KeyedMemoryBackend;

/**
 * The scratch store of a rebuild ends in the documents the store itself would hold after the same writes: the same
 * updates, in the same order, sent to the wire server and to the scratch store, read back equal, field for field
 * and member for member. Ties of {@code $max} (an equal sequence, different values after it), repeated set members,
 * {@code $setOnInsert} on an existing document and paths created inside maps are where they could part.
 */
class MemoryViewsTest {

    private MongoServer server;
    private MongoClient client;
    private MongoTemplate store;
    private MemoryViews memory;

    @BeforeEach
    void start() {
        server = new MongoServer(new KeyedMemoryBackend());
        client = MongoClients.create(server.bindAndGetConnectionString());
        store = new MongoTemplate(client, "memory-views");
        memory = new MemoryViews(store.getConverter(), () -> false);
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void theSameUpdatesEndInTheSameDocuments() {
        theSameUpdatesEndInTheSameDocumentsIn(memory);
        assertThat(memory.setDownCount()).isZero();
    }

    /** A heap always short: every write is followed by all documents set down as bytes, and read back from them. */
    @Test
    void documentsSetDownAsBytesEndTheSame() {
        MemoryViews setDown = new MemoryViews(store.getConverter(), () -> true);
        theSameUpdatesEndInTheSameDocumentsIn(setDown);
        assertThat(setDown.setDownCount()).isEqualTo(3);
    }

    private void theSameUpdatesEndInTheSameDocumentsIn(MemoryViews memory) {
        Date first = new Date(1_800_000_000_000L);
        Date later = new Date(1_800_000_060_000L);
        List<Map<String, List<Document>>> batches = List.of(
                Map.of("w1", List.of(
                        update(ViewWrites.guarded(new Update().set("givenName", "Ana").setOnInsert("first", 1)
                                .addToSet("history", new Document("eventId", "e1").append("time", first))
                                .addToSet("seen").each("emp-1", "emp-2", "emp-1"), "state", 2,
                                new Document("status", "PRESENT").append("since", first).append("lastSeenOn", null))),
                        update(new Update().setOnInsert("first", 2).max("members.a%2Eb", new Document("v", 3L).append("x", "b"))
                                .max("level", 4)))),
                Map.of("w1", List.of(
                        // the same sequence: the larger of the values after it stays, as the store decides
                        update(ViewWrites.guarded(new Update().addToSet("history", new Document("eventId", "e1")
                                .append("time", first)), "state", 2, new Document("status", "ABSENT").append("since", first)
                                .append("lastSeenOn", "2026-06-02"))),
                        update(new Update().max("members.a%2Eb", new Document("v", 3L).append("x", "a"))
                                .max("members.c", new Document("v", 1).append("x", null)).max("level", 3L)
                                .addToSet("seen").each("emp-3", "emp-2")),
                        update(ViewWrites.guarded(new Update(), "state", 1, new Document("status", "DEPARTED")))),
                        "u1", List.of(update(new Update().set("inspection.result", "COMPLIANT").set("inspection.at", later)
                                .max("occupants.w1", new Document("v", 5L).append("present", true))))),
                Map.of("w1", List.of(update(new Update().max("members.c", new Document("v", 1).append("x", "set"))
                                .max("state", new Document("seq", 2L).append("status", "ABSENT").append("since", later)))),
                        "u1", List.of(update(new Update().max("occupants.w1", new Document("v", 5L).append("present", false))
                                .set("inspection.result", "NON_COMPLIANT")))));

        ViewTarget wire = ViewTarget.of(store);
        for (Map<String, List<Document>> batch : batches) {
            Map<String, List<Document>> ordered = new LinkedHashMap<>(batch);
            wire.upsert("views", ordered);
            memory.upsert("views", ordered);
        }

        Map<String, Document> fromStore = new LinkedHashMap<>();
        store.find(new Query(), Document.class, "views").forEach(doc -> fromStore.put(doc.getString("_id"), doc));
        assertThat(fromStore).hasSize(2);
        assertThat(memory.byIds("views", List.of("w1", "u1", "none"))).isEqualTo(fromStore);
        // what the copy sends the store: the same documents
        assertThat(memory.documents("views")).containsExactlyInAnyOrderElementsOf(fromStore.values());
    }

    @Test
    void aProjectionsBatchThroughViewWritesEndsTheSameInBoth() {
        for (ViewTarget target : List.of(ViewTarget.of(store), memory)) {
            ViewWrites writes = new ViewWrites(target);
            for (int i = 0; i < 5; i++) {
                writes.entry("dashboards", "emp-1", "workers.w" + (i % 3), i, new Document("status", "S" + i));
                writes.fact("dashboards", "emp-1", "country", "GT");
                writes.upsert("workers", "w" + (i % 2), new Update().addToSet("history", new Document("eventId", "e" + i))
                        .max("level", i % 3));
            }
            writes.execute();
        }
        for (String collection : List.of("dashboards", "workers")) {
            List<Document> fromStore = new ArrayList<>(store.find(new Query(), Document.class, collection));
            assertThat(memory.byIds(collection, fromStore.stream().map(d -> d.getString("_id")).toList()).values())
                    .containsExactlyInAnyOrderElementsOf(fromStore);
        }
    }

    /**
     * Values are kept as written, not copied, so the store must copy before it changes one in place: a value written
     * whole and then written inside, a list written whole that then takes a member, a value two documents share, and
     * a part of a stored document written into another, each changes in the one document written and nowhere else.
     */
    @Test
    void aWriteChangesOnlyTheDocumentItNames() {
        Document arrival = new Document("employerId", "emp-1");
        List<String> countries = new ArrayList<>(List.of("GT"));
        memory.upsert("views", Map.of("w1", List.of(update(new Update().set("arrival", arrival).set("countries", countries)))));
        memory.upsert("views", Map.of("w2", List.of(update(new Update().set("arrival", arrival).set("countries", countries)))));
        memory.upsert("views", Map.of("w1", List.of(update(new Update().set("arrival.housingUnitId", "unit-1")
                .addToSet("countries", "MX")))));

        assertThat(arrival).isEqualTo(new Document("employerId", "emp-1"));
        assertThat(countries).containsExactly("GT");
        Document w1 = memory.byIds("views", List.of("w1")).get("w1");
        Document w2 = memory.byIds("views", List.of("w2")).get("w2");
        assertThat(w1.get("arrival")).isEqualTo(new Document("employerId", "emp-1").append("housingUnitId", "unit-1"));
        assertThat(w1.getList("countries", String.class)).containsExactly("GT", "MX");
        assertThat(w2.get("arrival")).isEqualTo(new Document("employerId", "emp-1"));
        assertThat(w2.getList("countries", String.class)).containsExactly("GT");

        // w1's own arrival and countries, read back and written into w3, then changed in w1
        memory.upsert("views", Map.of("w3", List.of(update(new Update().set("copied", new Document("arrival", w1.get("arrival"))
                .append("countries", w1.get("countries")))))));
        memory.upsert("views", Map.of("w1", List.of(update(new Update().set("arrival.employerId", "emp-9")
                .addToSet("countries", "HN")))));
        Document w3 = memory.byIds("views", List.of("w3")).get("w3");
        assertThat(w3.get("copied", Document.class).get("arrival"))
                .isEqualTo(new Document("employerId", "emp-1").append("housingUnitId", "unit-1"));
        assertThat(w3.get("copied", Document.class).getList("countries", String.class)).containsExactly("GT", "MX");
        assertThat(memory.byIds("views", List.of("w1")).get("w1").getList("countries", String.class))
                .containsExactly("GT", "MX", "HN");
    }

    private static Document update(Update update) {
        return ViewWrites.plain(update);
    }
}
