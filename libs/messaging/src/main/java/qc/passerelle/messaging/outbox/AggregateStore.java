package qc.passerelle.messaging.outbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Optional;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The write path of aggregates that carry outbox events: each write is one single-document operation, conditional on
 * the version the command read, and the relay is told about it once the store has acknowledged it.
 */
public class AggregateStore {

    private final MongoTemplate mongo;
    private final OutboxSignal signal;

    public AggregateStore(MongoTemplate mongo, OutboxSignal signal) {
        this.mongo = mongo;
        this.signal = signal;
    }

    public MongoTemplate mongo() {
        return mongo;
    }

    /** Inserts a new aggregate with its first events; a duplicate key is thrown for the caller to explain. */
    public <T> T insert(T aggregate, String collection) {
        T stored = mongo.insert(aggregate, collection);
        signal.written(collection, idOf(stored));
        return stored;
    }

    /**
     * Applies {@code update} to the aggregate if it is still at {@code version} and meets {@code condition} (its
     * status, the caller's scope...), in one atomic step; answers the aggregate as written, or empty when the
     * condition or the version no longer hold (another command won the race).
     */
    public <T> Optional<T> updateAtVersion(String collection, Object id, long version, Criteria condition,
                                           Update update, Class<T> type) {
        Criteria match = where("_id").is(id).and(Outbox.VERSION).is(version);
        if (condition != null) {
            match = match.andOperator(condition);
        }
        T written = mongo.findAndModify(query(match), update, FindAndModifyOptions.options().returnNew(true), type,
                collection);
        if (written != null) {
            signal.written(collection, id);
        }
        return Optional.ofNullable(written);
    }

    private Object idOf(Object aggregate) {
        return mongo.getConverter().getMappingContext().getRequiredPersistentEntity(aggregate.getClass())
                .getIdentifierAccessor(aggregate).getRequiredIdentifier();
    }
}
