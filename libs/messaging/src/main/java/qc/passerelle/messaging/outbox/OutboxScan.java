package qc.passerelle.messaging.outbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Finds every aggregate document that still carries events. Off the hot path: at start-up (what a crash left
 * behind) and on a slow timer (what another instance left behind). On real MongoDB the index makes it cheap; the
 * local wire server reads whole collections, which is why the relay is otherwise told about writes directly.
 */
public class OutboxScan {

    public record Found(AggregateRef ref, boolean parked, Instant nextAttemptAt, Instant oldestEvent, int events,
                        String lastError) {
    }

    private static final int BATCH = 1000;

    private final MongoTemplate mongo;
    private final OutboxCollections collections;

    public OutboxScan(MongoTemplate mongo, OutboxCollections collections) {
        this.mongo = mongo;
        this.collections = collections;
    }

    public OutboxCollections collections() {
        return collections;
    }

    public void createIndexes() {
        for (String collection : collections.names()) {
            mongo.indexOps(collection).createIndex(new Index(Outbox.PENDING, Sort.Direction.ASC).sparse());
        }
    }

    public List<Found> pending() {
        List<Found> found = new ArrayList<>();
        for (String collection : collections.names()) {
            Query q = query(where(Outbox.PENDING).is(true));
            q.fields().include("_id").include(Outbox.PARKED).include(Outbox.NEXT_ATTEMPT_AT).include(Outbox.LAST_ERROR)
                    .include(Outbox.EVENTS + ".time");
            q.cursorBatchSize(BATCH);
            mongo.stream(q, Document.class, collection).forEach(doc -> found.add(found(collection, doc)));
        }
        return found;
    }

    public List<Found> parked() {
        return pending().stream().filter(Found::parked).toList();
    }

    private static Found found(String collection, Document doc) {
        List<Document> events = doc.getList(Outbox.EVENTS, Document.class, List.of());
        Instant oldest = events.stream().map(e -> e.get("time")).filter(Date.class::isInstance)
                .map(t -> ((Date) t).toInstant()).min(Instant::compareTo).orElse(null);
        Object next = doc.get(Outbox.NEXT_ATTEMPT_AT);
        return new Found(new AggregateRef(collection, doc.get("_id")), Boolean.TRUE.equals(doc.get(Outbox.PARKED)),
                next instanceof Date d ? d.toInstant() : null, oldest, events.size(), doc.getString(Outbox.LAST_ERROR));
    }
}
