package qc.passerelle.messaging.consumer;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The writes of a read model for one batch of events, sent as one ordered bulk write, with the sequence guard: an
 * aggregate's event changes the view only if its sequence is above the last one applied there, so redelivery,
 * replay and out-of-order delivery all end in the same state. Facts that never change once known (a worker's name,
 * the day they arrived) are written whatever the order, so a late first event still fills them in.
 */
public final class ProjectionWrites {

    /** Where a view keeps the sequence of the last event it applied, unless the caller names another field. */
    public static final String LAST_SEQUENCE = "lastSequence";

    private final BulkOperations bulk;
    private int operations;

    private ProjectionWrites(BulkOperations bulk) {
        this.bulk = bulk;
    }

    public static ProjectionWrites on(MongoTemplate mongo, String collection) {
        return new ProjectionWrites(mongo.bulkOps(BulkOperations.BulkMode.ORDERED, collection));
    }

    /** Creates the view if needed and sets what {@code update} sets, whatever was applied before. */
    public ProjectionWrites facts(Object id, Update update) {
        bulk.upsert(query(where("_id").is(id)), update);
        operations++;
        return this;
    }

    /** Applies {@code update} only if {@code sequence} is above the view's {@value #LAST_SEQUENCE}. */
    public ProjectionWrites ifNewer(Object id, long sequence, Update update) {
        return ifNewer(id, LAST_SEQUENCE, sequence, update);
    }

    /**
     * Applies {@code update} only if {@code sequence} is above what {@code guardField} holds (a missing field counts
     * as nothing applied yet); for a view fed by several aggregates, each keeps its own guard field.
     */
    public ProjectionWrites ifNewer(Object id, String guardField, long sequence, Update update) {
        bulk.upsert(query(where("_id").is(id)), new Update().setOnInsert("_id", id));
        bulk.updateOne(query(where("_id").is(id).and(guardField).not().gte(sequence)), update.set(guardField, sequence));
        operations += 2;
        return this;
    }

    /**
     * Both at once, in two operations: the facts (which also create the view) whatever the order, then the state
     * only if {@code sequence} is above the view's {@value #LAST_SEQUENCE}.
     */
    public ProjectionWrites factsThenIfNewer(Object id, Update facts, long sequence, Update state) {
        bulk.upsert(query(where("_id").is(id)), facts);
        bulk.updateOne(query(where("_id").is(id).and(LAST_SEQUENCE).not().gte(sequence)), state.set(LAST_SEQUENCE, sequence));
        operations += 2;
        return this;
    }

    /** Any other write of the batch, in its place in the order. */
    public ProjectionWrites update(org.springframework.data.mongodb.core.query.Query query, Update update, boolean upsert) {
        if (upsert) {
            bulk.upsert(query, update);
        } else {
            bulk.updateOne(query, update);
        }
        operations++;
        return this;
    }

    public int operations() {
        return operations;
    }

    /** One round trip for the whole batch; nothing to do, nothing sent. */
    public void execute() {
        if (operations > 0) {
            bulk.execute();
            operations = 0;
        }
    }
}
