package qc.passerelle.recruiting.support;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import qc.passerelle.contracts.MobilityEvent;
import qc.passerelle.messaging.outbox.AggregateStore;
import qc.passerelle.messaging.outbox.CommandKeys;
import qc.passerelle.messaging.outbox.Outbox;
import qc.passerelle.web.ConflictException;
import qc.passerelle.web.NotFoundException;

/**
 * The one way a command changes an existing aggregate: read it within the caller's scope, answer a repeated
 * Idempotency-Key with the current state, decide on what was read, then write the change, its events and the key in
 * one single-document update conditional on the version read, the caller's scope and what the decision relied on.
 * A write that finds the document moved on decides again on the fresh state (every decision re-checks its rules, so
 * this is safe), a few times, then answers 409.
 */
@Component
public class AggregateChanges {

    private static final int ATTEMPTS = 3;

    /** What a command does to an aggregate, what must still hold when it is written, and the events it publishes. */
    public record Change(Update update, Criteria stillAllowed, List<MobilityEvent> events) {

        public static Change of(Update update, Criteria stillAllowed, MobilityEvent... events) {
            return new Change(update, stillAllowed, List.of(events));
        }

        /** Nothing to write: the aggregate already is what the command asks (a repeat without a key). */
        public static Change none() {
            return new Change(null, null, List.of());
        }
    }

    private final AggregateStore store;
    private final Outbox outbox;

    AggregateChanges(AggregateStore store, Outbox outbox) {
        this.store = store;
        this.outbox = outbox;
    }

    public <T extends Versioned> T apply(String collection, Class<T> type, String what, String id, Criteria scope,
                                         Optional<String> key, String fingerprint, Function<T, Change> decide) {
        for (int attempt = 1; ; attempt++) {
            T current = find(collection, type, id, scope).orElseThrow(() -> new NotFoundException("no " + what + " " + id));
            if (CommandKeys.alreadyApplied(current.commandKeys(), key, fingerprint)) {
                return current;
            }
            Change change = decide.apply(current);
            if (change.update() == null) {
                return current;
            }
            Update update = CommandKeys.remember(
                    outbox.append(change.update(), current.version(), change.events().toArray(MobilityEvent[]::new)),
                    key, fingerprint);
            Criteria condition = change.stillAllowed() == null ? scope : new Criteria().andOperator(change.stillAllowed(), scope);
            Optional<T> written = store.updateAtVersion(collection, id, current.version(), condition, update, type);
            if (written.isPresent()) {
                return written.get();
            }
            if (attempt == ATTEMPTS) {
                throw new ConflictException(what + " " + id + " kept changing meanwhile: read it again before retrying");
            }
        }
    }

    public <T> Optional<T> find(String collection, Class<T> type, String id, Criteria scope) {
        MongoTemplate mongo = store.mongo();
        return Optional.ofNullable(mongo.findOne(query(where("_id").is(id).andOperator(scope)), type, collection));
    }
}
