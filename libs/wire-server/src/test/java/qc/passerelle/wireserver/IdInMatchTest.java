package qc.passerelle.wireserver;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.backend.DefaultQueryMatcher;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A list of ids matched through a set answers what mongo-java-server's own matcher answers, for any query. */
class IdInMatchTest {

    private final DefaultQueryMatcher general = new DefaultQueryMatcher();
    private final AtomicInteger generalCalls = new AtomicInteger();
    private final IdInMatch match = new IdInMatch((document, query) -> {
        generalCalls.incrementAndGet();
        return general.matches(document, query);
    });

    private final List<Document> documents = List.of(
            new Document("_id", "w-1").append("lease", 3),
            new Document("_id", "w-2").append("lease", 30),
            new Document("_id", "w-3"),
            new Document("_id", 4).append("lease", 3),
            new Document("_id", 4.0),
            new Document("_id", new ObjectId()),
            new Document("_id", "W-1"),
            new Document("lease", 3));

    private final List<Document> queries = List.of(
            new Document("_id", new Document("$in", List.of("w-1", "w-2", "nobody"))),
            new Document("_id", new Document("$in", List.of("w-1", "w-2"))).append("lease", new Document("$lt", 10)),
            new Document("_id", new Document("$in", List.of())),
            new Document("_id", new Document("$in", List.of(4, "w-3"))),
            new Document("_id", new Document("$in", List.of("w-1")).append("$nin", List.of("w-2"))),
            new Document("_id", new Document("$in", List.of("w-1", "w-3"))).append("$or", List.of(
                    new Document("lease", 3), new Document("lease", new Document("$exists", false)))),
            new Document("_id", "w-1"),
            new Document("lease", 3));

    @Test
    void everyQueryAnswersAsTheGeneralMatcherDoes() {
        for (Document query : queries) {
            for (Document document : documents) {
                assertThat(match.matches(document, query))
                        .as("%s against %s", document, query).isEqualTo(general.matches(document, query));
            }
        }
    }

    @Test
    void aListOfStringIdsIsNotWalkedForEachDocument() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            ids.add("w-" + i);
        }
        Document query = new Document("_id", new Document("$in", ids));
        int matching = 0;
        for (int i = 0; i < 10_000; i += 2) {
            matching += match.matches(new Document("_id", "w-" + i), query) ? 1 : 0;
        }
        assertThat(matching).isEqualTo(2_500);
        assertThat(generalCalls).hasValue(0);
    }
}
