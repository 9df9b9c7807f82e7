package qc.passerelle.messaging.outbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * {@code /actuator/outbox} (MIFI only, like the rest of the actuator): the relay's backlog and the parked aggregates
 * with the broker's last answer; {@code POST} un-parks them (all, or one named by collection and id) so the relay
 * publishes their events, in order, from where it stopped.
 */
@Endpoint(id = "outbox")
public class OutboxEndpoint {

    private final OutboxBacklog backlog;
    private final OutboxScan scan;
    private final OutboxRelayRunner runner;
    private final MongoTemplate mongo;

    public OutboxEndpoint(OutboxBacklog backlog, OutboxScan scan, OutboxRelayRunner runner, MongoTemplate mongo) {
        this.backlog = backlog;
        this.scan = scan;
        this.runner = runner;
        this.mongo = mongo;
    }

    @ReadOperation
    public Map<String, Object> backlog() {
        List<Map<String, Object>> parked = scan.parked().stream().map(f -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("collection", f.ref().collection());
            entry.put("id", String.valueOf(f.ref().id()));
            entry.put("events", f.events());
            entry.put("oldestEvent", f.oldestEvent());
            entry.put("lastError", f.lastError());
            return entry;
        }).toList();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("pendingAggregates", backlog.pendingAggregates());
        answer.put("oldestPendingAgeSeconds", backlog.oldestPendingAge().toSeconds());
        answer.put("publishedEvents", backlog.publishedEvents());
        answer.put("parkedAggregates", parked.size());
        answer.put("parked", parked);
        return answer;
    }

    @WriteOperation
    public Map<String, Object> replayParked(@Nullable String collection, @Nullable String id) {
        long unparked = 0;
        for (String name : scan.collections().names()) {
            if (collection != null && !collection.equals(name)) {
                continue;
            }
            Query parked = id == null ? query(where(Outbox.PARKED).is(true)) : query(where("_id").is(id).and(Outbox.PARKED).is(true));
            unparked += mongo.updateMulti(parked, new Update().unset(Outbox.PARKED).unset(Outbox.REJECTIONS)
                    .unset(Outbox.ATTEMPTS).unset(Outbox.NEXT_ATTEMPT_AT), name).getModifiedCount();
        }
        runner.rescan();
        return Map.of("unparked", unparked);
    }
}
