package qc.passerelle.students.promotion;

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
import qc.passerelle.messaging.store.Exists;

@Repository
public class PromotionEventRepository implements InitializingBean {

    private final MongoTemplate mongo;
    private final CreateOnce createOnce;

    PromotionEventRepository(MongoTemplate mongo, CreateOnce createOnce) {
        this.mongo = mongo;
        this.createOnce = createOnce;
    }

    @Override
    public void afterPropertiesSet() {
        createOnce.createIndex(PromotionEvent.COLLECTION);
        mongo.indexOps(PromotionEvent.COLLECTION).createIndex(new Index("institutionIds", Sort.Direction.ASC));
    }

    public boolean exists(String id) {
        return Exists.in(mongo, query(where("_id").is(id)), PromotionEvent.COLLECTION);
    }

    public Optional<PromotionEvent> findInScope(String id, Criteria scope) {
        return Optional.ofNullable(mongo.findOne(query(where("_id").is(id).andOperator(scope)), PromotionEvent.class,
                PromotionEvent.COLLECTION));
    }
}
