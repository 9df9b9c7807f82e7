package qc.passerelle.students.prospect;

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
public class ProspectRepository implements InitializingBean {

    private final MongoTemplate mongo;
    private final CreateOnce createOnce;

    ProspectRepository(MongoTemplate mongo, CreateOnce createOnce) {
        this.mongo = mongo;
        this.createOnce = createOnce;
    }

    @Override
    public void afterPropertiesSet() {
        createOnce.createIndex(Prospect.COLLECTION);
        // what real MongoDB needs for the scoped lists and funnels; the local wire server keeps unique indexes only
        mongo.indexOps(Prospect.COLLECTION).createIndex(new Index("institutionIds", Sort.Direction.ASC));
        mongo.indexOps(Prospect.COLLECTION).createIndex(new Index("citizenship", Sort.Direction.ASC)
                .on("familyName", Sort.Direction.ASC));
        mongo.indexOps(Prospect.COLLECTION).createIndex(new Index("promotionEventId", Sort.Direction.ASC));
    }

    public Optional<Prospect> findById(String id) {
        return Optional.ofNullable(mongo.findById(id, Prospect.class, Prospect.COLLECTION));
    }

    /** The prospect, if it exists and falls within the caller's scope; the scope is part of the query. */
    public Optional<Prospect> findInScope(String id, Criteria scope) {
        return Optional.ofNullable(mongo.findOne(query(where("_id").is(id).andOperator(scope)), Prospect.class,
                Prospect.COLLECTION));
    }

    /**
     * Lets an institution see a prospect who applied to it. Not an event and not a step: it leaves the version alone,
     * so it never makes a concurrent step lose its race, and applying it twice changes nothing.
     */
    public void concern(String prospectId, String institutionId) {
        mongo.updateFirst(query(where("_id").is(prospectId)), new Update().addToSet("institutionIds", institutionId),
                Prospect.COLLECTION);
    }
}
