package qc.passerelle.francization.accesspoint;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

/** The online platform is always there: recruits of Journées Québec are enrolled on it before anyone declares it. */
public final class OnlinePlatform {

    public static final String ID = "ap-online-platform";

    private OnlinePlatform() {
    }

    /** Creates it once, whatever the number of instances starting at the same time (an upsert by id). */
    static void ensure(MongoTemplate mongo, Clock clock) {
        mongo.upsert(query(where("_id").is(ID)), new Update()
                .setOnInsert("kind", AccessPointKind.ONLINE_PLATFORM)
                .setOnInsert("name", "Plateforme de francisation en ligne")
                .setOnInsert("registeredAt", clock.instant())
                .setOnInsert("version", 0L)
                .setOnInsert("outbox", List.of())
                .setOnInsert("outboxPending", false), AccessPoint.COLLECTION);
    }
}
