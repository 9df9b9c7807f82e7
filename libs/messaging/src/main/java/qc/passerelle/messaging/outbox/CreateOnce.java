package qc.passerelle.messaging.outbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Creates an aggregate once per Idempotency-Key: the key is a field of the new document ({@value #FIELD}, unique),
 * so state, events and key are one write (ADR 0001). A repeat with the same request answers the stored document and
 * publishes nothing; a repeat with another request is a conflict (409, a problem document naming the header).
 */
public class CreateOnce {

    public static final String FIELD = "idempotencyKey";

    private final AggregateStore store;

    public CreateOnce(AggregateStore store) {
        this.store = store;
    }

    public void createIndex(String collection) {
        store.mongo().indexOps(collection).createIndex(new Index(FIELD, Sort.Direction.ASC).unique().sparse());
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
            return store.insert(created, collection);
        } catch (DuplicateKeyException raced) {
            // a twin request with the same key won the race: answer what it stored
            return key.flatMap(k -> earlier(collection, type, k, sameRequest)).orElseThrow(() -> raced);
        }
    }

    /**
     * As {@link #insert}, for a {@code create} whose checks only read (it writes nothing itself): the insert goes
     * first and the document stored under {@code key} is read only when the insert meets that key, or when
     * {@code create} refuses (a repeat of a request that succeeded may no longer pass the checks: its answer is the
     * first one's). The usual request, under a key not seen before, costs one round trip less.
     */
    public <T> T insertFirst(String collection, Class<T> type, Optional<String> key, Predicate<T> sameRequest,
                             Supplier<T> create) {
        T created;
        try {
            created = create.get();
        } catch (RuntimeException refused) {
            Optional<T> earlier;
            try {
                earlier = key.flatMap(k -> earlier(collection, type, k, sameRequest));
            } catch (DataAccessException storeAway) {
                // the checks' own failure is the answer; the store's is kept beside it
                refused.addSuppressed(storeAway);
                throw refused;
            }
            if (earlier.isPresent()) {
                return earlier.get();
            }
            throw refused;
        }
        try {
            return store.insert(created, collection);
        } catch (DuplicateKeyException taken) {
            // the key was used before (or by a twin just now): its document answers; another unique field is thrown
            return key.flatMap(k -> earlier(collection, type, k, sameRequest)).orElseThrow(() -> taken);
        }
    }

    private <T> Optional<T> earlier(String collection, Class<T> type, String key, Predicate<T> sameRequest) {
        MongoTemplate mongo = store.mongo();
        return Optional.ofNullable(mongo.findOne(query(where(FIELD).is(key)), type, collection)).map(stored -> {
            if (!sameRequest.test(stored)) {
                throw reusedKey(key);
            }
            return stored;
        });
    }

    /** The answer to an Idempotency-Key that comes back with a different request: 409, naming the header. */
    public static ErrorResponseException reusedKey(String key) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "Idempotency-Key " + key.substring(key.lastIndexOf('/') + 1) + " was already used for a different request");
        problem.setType(java.net.URI.create("urn:passerelle:problem:conflict"));
        problem.setTitle("Conflit avec l'état actuel");
        problem.setProperty("field", "Idempotency-Key");
        return new ErrorResponseException(HttpStatus.CONFLICT, problem, null);
    }
}
