package qc.passerelle.students.program;

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
public class ProgramRepository implements InitializingBean {

    private final MongoTemplate mongo;
    private final CreateOnce createOnce;

    ProgramRepository(MongoTemplate mongo, CreateOnce createOnce) {
        this.mongo = mongo;
        this.createOnce = createOnce;
    }

    @Override
    public void afterPropertiesSet() {
        createOnce.createIndex(Program.COLLECTION);
        // what real MongoDB needs for an institution's list; the local wire server keeps unique indexes only
        mongo.indexOps(Program.COLLECTION).createIndex(new Index("institutionId", Sort.Direction.ASC));
    }

    /** The program, if it exists and the caller may act on it; the scope is part of the query. */
    public Optional<Program> findInScope(String id, Criteria scope) {
        return Optional.ofNullable(mongo.findOne(query(where("_id").is(id).andOperator(scope)), Program.class,
                Program.COLLECTION));
    }
}
