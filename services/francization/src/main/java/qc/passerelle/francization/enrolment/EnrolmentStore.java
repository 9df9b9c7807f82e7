package qc.passerelle.francization.enrolment;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Optional;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Repository;
import qc.passerelle.messaging.outbox.AggregateStore;
import qc.passerelle.messaging.outbox.CreateOnce;

/** Enrolments by id, within a caller's scope or not, and their creation under the id their cause gives them. */
@Repository
public class EnrolmentStore implements InitializingBean {

    private final MongoTemplate mongo;
    private final AggregateStore store;
    private final CreateOnce createOnce;

    EnrolmentStore(MongoTemplate mongo, AggregateStore store, CreateOnce createOnce) {
        this.mongo = mongo;
        this.store = store;
        this.createOnce = createOnce;
    }

    @Override
    public void afterPropertiesSet() {
        createOnce.createIndex(Enrolment.COLLECTION);
        // what real MongoDB needs for the scoped lists; the local wire server keeps unique indexes only
        mongo.indexOps(Enrolment.COLLECTION).createIndex(new Index("citizenship", Sort.Direction.ASC).on("_id", Sort.Direction.ASC));
        mongo.indexOps(Enrolment.COLLECTION).createIndex(new Index("employerId", Sort.Direction.ASC).on("_id", Sort.Direction.ASC));
        mongo.indexOps(Enrolment.COLLECTION).createIndex(new Index("source", Sort.Direction.ASC).on("_id", Sort.Direction.ASC));
        mongo.indexOps(Enrolment.COLLECTION).createIndex(new Index("accessPointId", Sort.Direction.ASC).on("_id", Sort.Direction.ASC));
    }

    public Optional<Enrolment> findById(String id) {
        return Optional.ofNullable(mongo.findById(id, Enrolment.class, Enrolment.COLLECTION));
    }

    /** The enrolment, if it exists and falls within the caller's scope; the scope is part of the query. */
    public Optional<Enrolment> findInScope(String id, Criteria scope) {
        return Optional.ofNullable(mongo.findOne(query(where("_id").is(id).andOperator(scope)), Enrolment.class,
                Enrolment.COLLECTION));
    }

    /**
     * Inserts a new enrolment; when its id is taken, it was created already (its cause seen again, or a twin request
     * that won the race) and that one is answered.
     */
    public Enrolment insertOnce(Enrolment enrolment) {
        try {
            return store.insert(enrolment, Enrolment.COLLECTION);
        } catch (DuplicateKeyException twin) {
            return findById(enrolment.id()).orElseThrow(() -> twin);
        }
    }
}
