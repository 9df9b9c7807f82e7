package qc.passerelle.commonview.readmodel;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.BasicUpdate;
import qc.passerelle.messaging.consumer.ProjectionWrites;

/**
 * What a projection's batch reads and writes the read models through, by {@code _id} only: the store in the live run
 * ({@link #of}), a scratch store in memory during a rebuild's replay ({@link ViewStore#into}).
 */
public interface ViewTarget {

    /** The documents with these ids that exist, by id. */
    Map<String, Document> byIds(String collection, Collection<String> ids);

    /**
     * Applies each document's updates (upserts by {@code _id}: {@code $set}, {@code $setOnInsert}, {@code $max},
     * {@code $addToSet}), in order, as one ordered bulk write per collection.
     */
    void upsert(String collection, Map<String, List<Document>> updatesById);

    /** The store itself. */
    static ViewTarget of(MongoTemplate mongo) {
        return new ViewTarget() {
            @Override
            public Map<String, Document> byIds(String collection, Collection<String> ids) {
                return Views.byIds(mongo, collection, ids);
            }

            @Override
            public void upsert(String collection, Map<String, List<Document>> updatesById) {
                ProjectionWrites writes = ProjectionWrites.on(mongo, collection);
                updatesById.forEach((id, updates) -> updates.forEach(update -> writes.facts(id, new BasicUpdate(update))));
                writes.execute();
            }
        };
    }
}
