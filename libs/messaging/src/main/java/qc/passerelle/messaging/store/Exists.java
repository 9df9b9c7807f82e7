package qc.passerelle.messaging.store;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Whether a document matches a query, asked as a find of one {@code _id}. {@code MongoTemplate.exists} counts through
 * an aggregation, and the local wire server runs an aggregation's {@code $match} over the whole collection whatever
 * key it names: an arrival's "already here this season?" read every worker stored, and a season's commands slowed
 * down to a sixth of their first pace. A find uses the {@code _id} or unique index (ADR 0015), here as on MongoDB.
 */
public final class Exists {

    private Exists() {
    }

    public static boolean in(MongoOperations mongo, Query query, String collection) {
        Query one = Query.of(query).limit(1);
        one.fields().include("_id");
        return mongo.findOne(one, Document.class, collection) != null;
    }
}
