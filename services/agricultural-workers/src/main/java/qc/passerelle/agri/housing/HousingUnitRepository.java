package qc.passerelle.agri.housing;

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
public class HousingUnitRepository implements InitializingBean {

    public static final String COLLECTION = "housing_units";

    private final MongoTemplate mongo;
    private final CreateOnce createOnce;
    private final InspectorAssignments assignments;

    HousingUnitRepository(MongoTemplate mongo, CreateOnce createOnce, InspectorAssignments assignments) {
        this.mongo = mongo;
        this.createOnce = createOnce;
        this.assignments = assignments;
    }

    @Override
    public void afterPropertiesSet() {
        createOnce.createIndex(COLLECTION);
        mongo.indexOps(COLLECTION).createIndex(new Index("employerId", Sort.Direction.ASC));
        mongo.indexOps(COLLECTION).createIndex(new Index("assignedInspectors", Sort.Direction.ASC));
    }

    public Optional<HousingUnit> findById(String id) {
        return Optional.ofNullable(mongo.findById(id, HousingUnit.class, COLLECTION));
    }

    public Optional<HousingUnit> findInScope(String id, Criteria scope) {
        return Optional.ofNullable(mongo.findOne(query(where("_id").is(id).andOperator(scope)), HousingUnit.class, COLLECTION));
    }

    /**
     * The inspector's own list first, then the unit: a crash between the two leaves an assignment the inspector can
     * already use for reports, and repeating the assignment completes it (both writes are sets).
     */
    boolean assign(String id, String inspector) {
        if (findById(id).isEmpty()) {
            return false;
        }
        assignments.assign(inspector, id);
        return mongo.updateFirst(query(where("_id").is(id)), new Update().addToSet("assignedInspectors", inspector),
                COLLECTION).getMatchedCount() == 1;
    }
}
