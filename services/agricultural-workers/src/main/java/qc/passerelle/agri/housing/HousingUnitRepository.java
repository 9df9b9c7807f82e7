package qc.passerelle.agri.housing;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Optional;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import qc.passerelle.messaging.outbox.CreateOnce;

@Repository
public class HousingUnitRepository implements InitializingBean {

    public static final String COLLECTION = "housing_units";

    private final MongoTemplate mongo;
    private final CreateOnce createOnce;

    HousingUnitRepository(MongoTemplate mongo, CreateOnce createOnce) {
        this.mongo = mongo;
        this.createOnce = createOnce;
    }

    @Override
    public void afterPropertiesSet() {
        createOnce.createIndex(COLLECTION);
    }

    public Optional<HousingUnit> findInScope(String id, Criteria scope) {
        return Optional.ofNullable(mongo.findOne(query(where("_id").is(id).andOperator(scope)), HousingUnit.class, COLLECTION));
    }

    boolean assign(String id, String inspector) {
        return mongo.updateFirst(query(where("_id").is(id)), new Update().addToSet("assignedInspectors", inspector),
                COLLECTION).getMatchedCount() == 1;
    }

    /** One atomic write of the change and its events; false when the condition no longer holds. */
    boolean updateIf(String id, Criteria condition, Update update) {
        return mongo.updateFirst(query(where("_id").is(id).andOperator(condition)), update, COLLECTION).getMatchedCount() == 1;
    }
}
