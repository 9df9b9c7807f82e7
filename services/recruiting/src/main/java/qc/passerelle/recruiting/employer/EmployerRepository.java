package qc.passerelle.recruiting.employer;

import java.util.Optional;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Repository;
import qc.passerelle.messaging.outbox.CreateOnce;

@Repository
public class EmployerRepository implements InitializingBean {

    private final MongoTemplate mongo;
    private final CreateOnce createOnce;

    EmployerRepository(MongoTemplate mongo, CreateOnce createOnce) {
        this.mongo = mongo;
        this.createOnce = createOnce;
    }

    @Override
    public void afterPropertiesSet() {
        createOnce.createIndex(Employer.COLLECTION);
        // one record per Quebec enterprise: the unique index refuses a second registration of the same NEQ
        mongo.indexOps(Employer.COLLECTION).createIndex(new Index("neq", Sort.Direction.ASC).unique());
        mongo.indexOps(Employer.COLLECTION).createIndex(new Index("region", Sort.Direction.ASC));
    }

    public Optional<Employer> findById(String id) {
        return Optional.ofNullable(mongo.findById(id, Employer.class, Employer.COLLECTION));
    }
}
