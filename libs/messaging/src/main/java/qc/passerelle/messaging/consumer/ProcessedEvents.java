package qc.passerelle.messaging.consumer;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import qc.passerelle.contracts.EventEnvelope;

/** The ids of the events a consumer group has processed; the document id makes them unique. */
public class ProcessedEvents {

    public static final String COLLECTION = "processed_events";

    private final MongoTemplate mongo;
    private final Clock clock;

    public ProcessedEvents(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    public boolean contains(String group, String eventId) {
        return mongo.exists(query(where("_id").is(key(group, eventId))), COLLECTION);
    }

    public void record(String group, EventEnvelope envelope) {
        Document processed = new Document("_id", key(group, envelope.id()))
                .append("group", group)
                .append("eventId", envelope.id())
                .append("type", envelope.type())
                .append("subject", envelope.subject())
                .append("processedAt", java.util.Date.from(clock.instant()));
        try {
            mongo.insert(processed, COLLECTION);
        } catch (DuplicateKeyException alreadyThere) {
            // a redelivery raced this one: the event is recorded either way
        }
    }

    private static String key(String group, String eventId) {
        return group + "/" + eventId;
    }
}
