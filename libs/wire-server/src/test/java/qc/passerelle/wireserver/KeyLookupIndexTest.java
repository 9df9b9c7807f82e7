package qc.passerelle.wireserver;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.memory.index.MemoryUniqueIndex;
import de.bwaldvogel.mongo.bson.Document;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Which documents a query on a collection of 10,000 looks at, before matching each against the whole query. */
class KeyLookupIndexTest {

    private static final List<IndexKey> ID = List.of(new IndexKey("_id", true));
    private Index<Integer> index;

    @BeforeEach
    void tenThousandDocuments() {
        index = KeyLookupIndex.over(new MemoryUniqueIndex("_id_", ID, false), "_id_", ID, false);
        for (int i = 0; i < 10_000; i++) {
            index.add(new Document("_id", "w-" + i), i, null);
        }
    }

    @Test
    void aVersionCheckLooksAtOneDocumentNotTheCollection() {
        Document query = new Document("_id", "w-42").append("version", 3L);

        assertThat(index.canHandle(query)).isTrue();
        assertThat(index.getPositions(query)).containsExactly(42);
    }

    @Test
    void aLeaseClaimOverSeveralIdsLooksAtThoseOnly() {
        Document query = new Document("_id", new Document("$in", List.of("w-7", "w-9", "absent")))
                .append("lease", new Document("$lt", 100L));

        assertThat(index.getPositions(query)).containsExactlyInAnyOrder(7, 9);
    }

    @Test
    void anUnknownIdLooksAtNothing() {
        assertThat(index.getPositions(new Document("_id", "nobody").append("version", 1L))).isEmpty();
    }

    @Test
    void conditionsThatAreNotALookupLeaveTheQueryToAFullRead() {
        assertThat(index.canHandle(new Document("citizenship", "GT"))).isFalse();
        assertThat(index.canHandle(new Document("_id", new Document("$gt", "w-1")).append("v", 1))).isFalse();
        assertThat(index.canHandle(new Document("_id", new Document("$ne", "w-1")))).isFalse();
        assertThat(index.canHandle(new Document("_id", Pattern.compile("^w-1")).append("v", 1))).isFalse();
        assertThat(index.canHandle(new Document("_id", null).append("v", 1))).isFalse();
        assertThat(index.canHandle(new Document("_id", new Document("$in", List.of("w-1")).append("$nin", List.of("w-2")))))
                .isFalse();
    }

    @Test
    void aCompoundIndexIsLeftAsItIs() {
        List<IndexKey> pair = List.of(new IndexKey("a", true), new IndexKey("b", true));
        MemoryUniqueIndex compound = new MemoryUniqueIndex("a_b", pair, false);

        assertThat(KeyLookupIndex.over(compound, "a_b", pair, false)).isSameAs(compound);
    }
}
