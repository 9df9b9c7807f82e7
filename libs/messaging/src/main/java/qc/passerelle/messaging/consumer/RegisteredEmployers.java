package qc.passerelle.messaging.consumer;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import qc.passerelle.contracts.MobilityEvent;
import qc.passerelle.contracts.recruiting.EmployerRegistered;
import qc.passerelle.messaging.store.Exists;

/**
 * A service's own copy of the employers recruiting registered, in its own database (DESIGN: no synchronous call to
 * another context on a command's path). Each employer's latest registration wins, whatever the order, repetition or
 * replay the events come in. A service declares its copy as a bean by extending this class.
 */
public abstract class RegisteredEmployers implements BatchProjection {

    public static final String COLLECTION = "employers";

    /** Far above a season's employers (about 2,000); past it, the others are asked of the store. */
    private static final int KNOWN_AT_MOST = 100_000;

    private final MongoTemplate mongo;
    private final Set<String> known = ConcurrentHashMap.newKeySet();

    protected RegisteredEmployers(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Set<Class<? extends MobilityEvent>> eventTypes() {
        return Set.of(EmployerRegistered.class);
    }

    @Override
    public void apply(List<Delivered<?>> events) {
        ProjectionWrites writes = ProjectionWrites.on(mongo, COLLECTION);
        for (Delivered<?> delivered : events) {
            EmployerRegistered e = (EmployerRegistered) delivered.event();
            writes.ifNewer(e.employerId(), delivered.sequence(), new Update()
                    .set("legalName", e.legalName()).set("neq", e.neq()).set("region", e.region())
                    .set("sector", e.sector()).set("lastEventId", delivered.envelope().id()));
        }
        writes.execute();
    }

    /**
     * Whether recruiting registered this employer. A registration is never withdrawn (no event does it), so an
     * employer found once is remembered and a command does not ask the store again; one not found is asked each time.
     */
    public boolean exists(String employerId) {
        if (known.contains(employerId)) {
            return true;
        }
        boolean exists = Exists.in(mongo, query(where("_id").is(employerId)), COLLECTION);
        if (exists && known.size() < KNOWN_AT_MOST) {
            known.add(employerId);
        }
        return exists;
    }
}
