package qc.passerelle.students.employer;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import java.util.Set;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import qc.passerelle.contracts.MobilityEvent;
import qc.passerelle.contracts.recruiting.EmployerRegistered;
import qc.passerelle.messaging.consumer.BatchProjection;
import qc.passerelle.messaging.consumer.Delivered;
import qc.passerelle.messaging.consumer.ProjectionWrites;

/**
 * This service's own copy of the employers recruiting registered (DESIGN: no synchronous call to another context):
 * students' work placements and the employers behind labour shortages are read here. Each employer's latest
 * registration wins, whatever the order, repetition or replay the events come in.
 */
@Repository
public class KnownEmployers implements BatchProjection {

    public static final String COLLECTION = "employers";

    private final MongoTemplate mongo;

    KnownEmployers(MongoTemplate mongo) {
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

    public boolean exists(String employerId) {
        return mongo.exists(query(where("_id").is(employerId)), COLLECTION);
    }
}
