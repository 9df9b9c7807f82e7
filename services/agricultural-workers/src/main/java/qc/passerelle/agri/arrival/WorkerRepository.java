package qc.passerelle.agri.arrival;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Optional;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import qc.passerelle.messaging.outbox.CreateOnce;

@Repository
public class WorkerRepository implements InitializingBean {

    public static final String COLLECTION = "workers";

    private final MongoTemplate mongo;
    private final CreateOnce createOnce;

    WorkerRepository(MongoTemplate mongo, CreateOnce createOnce) {
        this.mongo = mongo;
        this.createOnce = createOnce;
    }

    @Override
    public void afterPropertiesSet() {
        createOnce.createIndex(COLLECTION);
        mongo.indexOps(COLLECTION).createIndex(new Index("seasonKey", Sort.Direction.ASC).unique().sparse());
    }

    /** Applies a change only if its command key is new; answers false when nothing matched. */
    public boolean updateIf(String id, Criteria condition, Update update) {
        return mongo.updateFirst(query(where("_id").is(id).andOperator(condition)), update, COLLECTION).getMatchedCount() == 1;
    }

    /** The worker, if it exists and falls within the caller's scope; the scope is part of the query. */
    public Optional<Worker> findInScope(String id, Criteria scope) {
        return Optional.ofNullable(mongo.findOne(query(where("_id").is(id).andOperator(scope)), Worker.class, COLLECTION));
    }

    public Optional<Worker> findById(String id) {
        return Optional.ofNullable(mongo.findById(id, Worker.class, COLLECTION));
    }

    boolean arrivedThisSeason(String seasonKey) {
        return mongo.exists(query(where("seasonKey").is(seasonKey)), COLLECTION);
    }

    Optional<Worker> findByIdempotencyKey(String key) {
        return Optional.ofNullable(mongo.findOne(query(where("idempotencyKey").is(key)), Worker.class, COLLECTION));
    }
}
