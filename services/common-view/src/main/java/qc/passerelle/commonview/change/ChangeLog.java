package qc.passerelle.commonview.change;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.stream.LongStream;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import qc.passerelle.commonview.readmodel.Replay;

/**
 * The changes the live streams carry, numbered 1, 2, 3... across instances (a counter document hands out blocks of
 * ids), kept for the last {@code passerelle.common-view.stream.retention} changes so a client can resume from the id
 * it saw last ({@code Last-Event-ID}). Ids are dense, so a reader asks for the next ones by {@code _id} alone.
 * Not a read model: a rebuild neither drops nor refills it (it appends one reset for everyone).
 */
@Component
public class ChangeLog {

    public static final String COLLECTION = "change_log";
    static final String COUNTERS = "counters";
    static final String COUNTER = "change_log";

    private final MongoTemplate mongo;
    private final Replay replay;
    private final Clock clock;
    private final long retention;

    public ChangeLog(MongoTemplate mongo, Replay replay, Clock clock,
                     @Value("${passerelle.common-view.stream.retention:10000}") long retention) {
        this.mongo = mongo;
        this.replay = replay;
        this.clock = clock;
        this.retention = retention;
    }

    /** Appends what a batch changed; nothing while replaying (the views are being rebuilt, not changed). */
    public void append(List<Change> changes) {
        if (!changes.isEmpty() && !replay.active()) {
            write(changes);
        }
    }

    /** Appends whatever the mode, for the reset that ends a rebuild. */
    public void write(List<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        long last = reserve(changes.size());
        long id = last - changes.size() + 1;
        Date now = Date.from(clock.instant());
        List<Document> docs = new ArrayList<>(changes.size());
        for (Change change : changes) {
            docs.add(new Document("_id", id++).append("audience", change.audience()).append("type", change.type())
                    .append("key", change.key()).append("data", change.data()).append("at", now));
        }
        mongo.getCollection(COLLECTION).insertMany(docs);
    }

    private long reserve(int count) {
        Document counter = mongo.findAndModify(query(where("_id").is(COUNTER)), new Update().inc("value", (long) count),
                FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, COUNTERS);
        return ((Number) counter.get("value")).longValue();
    }

    /** The last id handed out (0 before the first change). */
    public long lastId() {
        Document counter = mongo.findById(COUNTER, Document.class, COUNTERS);
        return counter == null ? 0 : ((Number) counter.get("value")).longValue();
    }

    /** The changes with ids {@code from..to} that are still kept, in order (by {@code _id} alone). */
    public List<Document> range(long from, long to) {
        if (to < from) {
            return List.of();
        }
        List<Long> ids = LongStream.rangeClosed(from, to).boxed().toList();
        Query q = query(where("_id").in(ids));
        q.cursorBatchSize(ids.size());
        List<Document> found = new ArrayList<>(mongo.find(q, Document.class, COLLECTION));
        found.sort((a, b) -> Long.compare(((Number) a.get("_id")).longValue(), ((Number) b.get("_id")).longValue()));
        return found;
    }

    public long retention() {
        return retention;
    }

    /** Forgets what is older than the retention (off the hot path, on a slow timer). */
    public void trim() {
        long keepFrom = lastId() - retention;
        if (keepFrom > 0) {
            mongo.remove(query(where("_id").lt(keepFrom)), COLLECTION);
        }
    }
}
