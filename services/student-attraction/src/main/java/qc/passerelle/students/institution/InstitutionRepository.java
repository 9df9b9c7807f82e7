package qc.passerelle.students.institution;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Repository;
import qc.passerelle.messaging.outbox.CreateOnce;
import qc.passerelle.messaging.store.Exists;

@Repository
public class InstitutionRepository implements InitializingBean {

    private final MongoTemplate mongo;
    private final CreateOnce createOnce;

    InstitutionRepository(MongoTemplate mongo, CreateOnce createOnce) {
        this.mongo = mongo;
        this.createOnce = createOnce;
    }

    @Override
    public void afterPropertiesSet() {
        createOnce.createIndex(Institution.COLLECTION);
    }

    public boolean exists(String id) {
        return Exists.in(mongo, query(where("_id").is(id)), Institution.COLLECTION);
    }

    /** Which of these ids are registered institutions: one read by _id. */
    public List<String> registered(Collection<String> ids) {
        return mongo.find(query(where("_id").in(ids)), Institution.class, Institution.COLLECTION).stream()
                .map(Institution::id).toList();
    }

    public Optional<Institution> findById(String id) {
        return Optional.ofNullable(mongo.findById(id, Institution.class, Institution.COLLECTION));
    }

    public Optional<Institution> findInScope(String id, Criteria scope) {
        return Optional.ofNullable(mongo.findOne(query(where("_id").is(id).andOperator(scope)), Institution.class,
                Institution.COLLECTION));
    }
}
