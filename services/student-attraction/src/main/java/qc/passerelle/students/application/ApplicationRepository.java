package qc.passerelle.students.application;

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
public class ApplicationRepository implements InitializingBean {

    private final MongoTemplate mongo;
    private final CreateOnce createOnce;

    ApplicationRepository(MongoTemplate mongo, CreateOnce createOnce) {
        this.mongo = mongo;
        this.createOnce = createOnce;
    }

    @Override
    public void afterPropertiesSet() {
        createOnce.createIndex(StudyApplication.COLLECTION);
        // what real MongoDB needs for the scoped lists and funnels; the local wire server keeps unique indexes only
        mongo.indexOps(StudyApplication.COLLECTION).createIndex(new Index("institutionId", Sort.Direction.ASC)
                .on("familyName", Sort.Direction.ASC));
        mongo.indexOps(StudyApplication.COLLECTION).createIndex(new Index("citizenship", Sort.Direction.ASC));
        mongo.indexOps(StudyApplication.COLLECTION).createIndex(new Index("prospectId", Sort.Direction.ASC));
    }

    public Optional<StudyApplication> findById(String id) {
        return Optional.ofNullable(mongo.findById(id, StudyApplication.class, StudyApplication.COLLECTION));
    }

    public Optional<StudyApplication> findInScope(String id, Criteria scope) {
        return Optional.ofNullable(mongo.findOne(query(where("_id").is(id).andOperator(scope)), StudyApplication.class,
                StudyApplication.COLLECTION));
    }
}
