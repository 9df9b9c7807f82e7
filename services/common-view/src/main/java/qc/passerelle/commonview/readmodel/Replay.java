package qc.passerelle.commonview.readmodel;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Whether the projections are replaying the topics from offset zero (a rebuild): then they rebuild state only.
 * Alerts are not raised again (the alerts topic brings back the ones raised in the live run) and no change is sent
 * to the live streams (a reset is, at the end).
 *
 * <p>Every instance of common-view shares the read models, so a rebuild is one lease for all of them: a document
 * taken with a conditional write, renewed while the rebuild runs, released at its end. Another instance sees it
 * (within a second) and raises no alert from half-rebuilt views meanwhile, and refuses a second rebuild. If the
 * instance running it dies, its lease runs out and the rebuild reads as failed: another may be started.
 */
@Component
public class Replay {

    static final String COLLECTION = "rebuild_lease";
    static final String ID = "rebuild";
    public static final String RUNNING = "RUNNING";

    private final MongoTemplate mongo;
    private final Clock clock;
    private final Duration lease;
    private final long recheckNanos;
    private final String me = UUID.randomUUID().toString();
    private final AtomicBoolean mine = new AtomicBoolean();
    private volatile long checkedAt = System.nanoTime() - Long.MAX_VALUE / 2;
    private volatile boolean elsewhere;

    public Replay(MongoTemplate mongo, Clock clock,
                  @Value("${passerelle.common-view.rebuild.lease:PT60S}") Duration lease,
                  @Value("${passerelle.common-view.rebuild.recheck:PT1S}") Duration recheck) {
        this.mongo = mongo;
        this.clock = clock;
        this.lease = lease;
        this.recheckNanos = recheck.toNanos();
    }

    /** True while this instance or another replays; another's is read again at most once a second. */
    public boolean active() {
        if (mine.get()) {
            return true;
        }
        long now = System.nanoTime();
        if (now - checkedAt >= recheckNanos) {
            Document held = mongo.findById(ID, Document.class, COLLECTION);
            elsewhere = held != null && isRunning(held, clock.instant());
            checkedAt = now;
        }
        return elsewhere;
    }

    /** Takes the lease; false when a rebuild runs here or on another instance. */
    public boolean begin() {
        if (!mine.compareAndSet(false, true)) {
            return false;
        }
        Instant now = clock.instant();
        Criteria free = new Criteria().orOperator(where("state").ne(RUNNING), where("until").lt(Date.from(now)));
        Update take = new Update().set("state", RUNNING).set("owner", me).set("until", Date.from(now.plus(lease)))
                .set("startedAt", Date.from(now)).set("events", 0L).unset("endedAt").unset("error").unset("phase");
        try {
            // no document, or one that nobody holds: taken; held by another: the insert meets its _id and fails
            mongo.upsert(query(where("_id").is(ID)).addCriteria(free), take, COLLECTION);
            return true;
        } catch (DuplicateKeyException held) {
            mine.set(false);
            return false;
        }
    }

    /** The rebuild goes on: its lease is extended and its progress recorded for every instance to read. */
    public void renew(long events) {
        renew(events, null);
    }

    /** As {@link #renew(long)}, with the step the rebuild is at (replaying into memory, writing, catching up). */
    public void renew(long events, String phase) {
        Update update = new Update().set("until", Date.from(clock.instant().plus(lease))).set("events", events);
        if (phase != null) {
            update.set("phase", phase);
        }
        mongo.updateFirst(query(where("_id").is(ID)).addCriteria(where("owner").is(me)), update, COLLECTION);
    }

    /**
     * The rebuild ended (DONE or FAILED): the lease is released with its outcome. This instance's flag goes first:
     * whoever reads the outcome may start the next rebuild at once (another begin in between still meets the lease).
     */
    public void end(String state, long events, String error) {
        mine.set(false);
        Update done = new Update().set("state", state).set("endedAt", Date.from(clock.instant())).set("events", events)
                .unset("until").unset("phase");
        if (error != null) {
            done.set("error", error);
        }
        mongo.updateFirst(query(where("_id").is(ID)).addCriteria(where("owner").is(me)), done, COLLECTION);
    }

    /** The last rebuild as recorded (by whichever instance ran it), or null if none ever ran. */
    public Document last() {
        Document doc = mongo.findById(ID, Document.class, COLLECTION);
        if (doc != null && RUNNING.equals(doc.getString("state")) && !isRunning(doc, clock.instant())) {
            doc.put("state", "FAILED");
            doc.put("error", "l'instance qui reconstruisait s'est arrêtée / the instance running it stopped");
        }
        return doc;
    }

    private static boolean isRunning(Document doc, Instant now) {
        Date until = doc.getDate("until");
        return RUNNING.equals(doc.getString("state")) && until != null && until.toInstant().isAfter(now);
    }
}
