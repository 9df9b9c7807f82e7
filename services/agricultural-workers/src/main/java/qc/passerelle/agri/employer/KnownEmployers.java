package qc.passerelle.agri.employer;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import qc.passerelle.contracts.EventEnvelope;
import qc.passerelle.contracts.recruiting.EmployerRegistered;

/** This service's own copy of the employers that recruiting registered: no synchronous call on a command's path. */
@Repository
public class KnownEmployers {

    static final String COLLECTION = "employers";

    private final MongoTemplate mongo;

    KnownEmployers(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Sets the employer from the event: applying the same event twice leaves the same document. */
    void registered(EmployerRegistered e, EventEnvelope envelope) {
        mongo.upsert(query(where("_id").is(e.employerId())), new Update()
                .set("legalName", e.legalName()).set("neq", e.neq()).set("region", e.region())
                .set("sector", e.sector()).set("lastEventId", envelope.id()), COLLECTION);
    }

    public boolean exists(String employerId) {
        return mongo.exists(query(where("_id").is(employerId)), COLLECTION);
    }
}
