package qc.passerelle.agri.worker;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Optional;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Repository;
import qc.passerelle.messaging.outbox.CreateOnce;

@Repository
public class WorkerRepository implements InitializingBean {

    private final MongoTemplate mongo;
    private final CreateOnce createOnce;

    WorkerRepository(MongoTemplate mongo, CreateOnce createOnce) {
        this.mongo = mongo;
        this.createOnce = createOnce;
    }

    @Override
    public void afterPropertiesSet() {
        createOnce.createIndex(Worker.COLLECTION);
        mongo.indexOps(Worker.COLLECTION).createIndex(new Index("seasonKey", Sort.Direction.ASC).unique().sparse());
        // what real MongoDB needs for the scoped lists; the local wire server keeps unique indexes only
        mongo.indexOps(Worker.COLLECTION).createIndex(new Index("citizenship", Sort.Direction.ASC).on("familyName", Sort.Direction.ASC));
        mongo.indexOps(Worker.COLLECTION).createIndex(new Index("employerId", Sort.Direction.ASC).on("familyName", Sort.Direction.ASC));
    }

    /** The worker, if it exists and falls within the caller's scope; the scope is part of the query. */
    public Optional<Worker> findInScope(String id, Criteria scope) {
        return Optional.ofNullable(mongo.findOne(query(where("_id").is(id).andOperator(scope)), Worker.class, Worker.COLLECTION));
    }

    public Optional<Worker> findById(String id) {
        return Optional.ofNullable(mongo.findById(id, Worker.class, Worker.COLLECTION));
    }
}
