package qc.passerelle.messaging.outbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import qc.passerelle.web.ConflictException;

/**
 * Creates an aggregate once per Idempotency-Key: the key is a field of the new document ({@value #FIELD}, unique),
 * so state, events and key are one write (ADR 0001). A repeat with the same request answers the stored document and
 * publishes nothing; a repeat with another request is a conflict.
 */
public class CreateOnce {

    public static final String FIELD = "idempotencyKey";

    private final MongoTemplate mongo;

    public CreateOnce(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public void createIndex(String collection) {
        mongo.indexOps(collection).createIndex(new Index(FIELD, Sort.Direction.ASC).unique().sparse());
    }

    /**
     * Answers the document stored under {@code key} if there is one, else inserts what {@code create} builds.
     * A duplicate key on another unique field than the idempotency key is thrown as is, for the caller to explain.
     */
    public <T> T insert(String collection, Class<T> type, Optional<String> key, Predicate<T> sameRequest,
                        Supplier<T> create) {
        Optional<T> earlier = key.flatMap(k -> earlier(collection, type, k, sameRequest));
        if (earlier.isPresent()) {
            return earlier.get();
        }
        T created = create.get();
        try {
            mongo.insert(created, collection);
            return created;
        } catch (DuplicateKeyException raced) {
            // a twin request with the same key won the race: answer what it stored
            return key.flatMap(k -> earlier(collection, type, k, sameRequest)).orElseThrow(() -> raced);
        }
    }

    private <T> Optional<T> earlier(String collection, Class<T> type, String key, Predicate<T> sameRequest) {
        return Optional.ofNullable(mongo.findOne(query(where(FIELD).is(key)), type, collection)).map(stored -> {
            if (!sameRequest.test(stored)) {
                throw new ConflictException("Idempotency-Key " + key + " was already used for a different request");
            }
            return stored;
        });
    }
}
