package qc.passerelle.wireserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.bwaldvogel.mongo.bson.Document;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page is written whole when one of its documents changed: the others go out as the bytes kept for their instance,
 * and what is read back after a reopen is what was put, whichever documents changed in between.
 */
class EncodedDocumentsTest {

    @TempDir
    Path dir;

    @Test
    void documentsBesideAChangedOneAreWrittenFromTheirKeptBytesAndReadBackTheSame() {
        Path file = dir.resolve("store.mv");
        List<Document> expected = new ArrayList<>();
        // kept bytes written as they are, not checked against a new encoding as in the other tests
        BsonDocumentType type = new BsonDocumentType(false);
        try (MVStore store = new MVStore.Builder().fileName(file.toString()).autoCommitDisabled().open()) {
            MVMap<Object, Document> documents = store.openMap("views", new MVMap.Builder<Object, Document>().valueType(type));
            for (int i = 0; i < 50; i++) {
                Document document = new Document("_id", "doc-" + i).append("n", i).append("nested", new Document("at", i));
                documents.put((long) i, document);
                expected.add(document);
            }
            store.commit();
            for (int round = 0; round < 10; round++) {
                // each update stores a new instance, as the backend's updates do
                Document next = new Document("_id", "doc-7").append("n", 100 + round).append("nested", new Document("at", round));
                documents.put(7L, next);
                expected.set(7, next);
                store.commit();
            }
            // at each of the 10 commits, the unchanged neighbours in doc-7's page (a dozen of these small ones)
            assertThat(type.encodings()[1]).isGreaterThanOrEqualTo(10 * 5);
        }
        try (MVStore store = new MVStore.Builder().fileName(file.toString()).readOnly().open()) {
            MVMap<Object, Document> documents = store.openMap("views",
                    new MVMap.Builder<Object, Document>().valueType(new BsonDocumentType(false)));
            List<Document> read = new ArrayList<>();
            for (long i = 0; i < 50; i++) {
                read.add(documents.get(i));
            }
            assertThat(read).isEqualTo(expected);
        }
    }

    /** What the tests run with: a stored instance changed in place would otherwise reach the file as its old bytes. */
    @Test
    void aStoredInstanceChangedInPlaceFailsTheCommitWhenEncodingsAreChecked() {
        assertThat(Boolean.getBoolean(EncodedDocuments.CHECK_PROPERTY)).as("set for every test run by surefire").isTrue();
        Path file = dir.resolve("changed.mv");
        try (MVStore store = new MVStore.Builder().fileName(file.toString()).autoCommitDisabled().open()) {
            MVMap<Object, Document> documents = StoredMaps.documents(store, StoredMaps.DATA_PREFIX + "db.views");
            Document stored = new Document("_id", "a").append("n", 1);
            documents.put(1L, stored);
            documents.put(2L, new Document("_id", "b").append("n", 1));
            store.commit();
            stored.put("n", 2);
            documents.put(2L, new Document("_id", "b").append("n", 2));
            assertThatThrownBy(store::commit).hasStackTraceContaining("changed after it was encoded");
        }
    }
}
