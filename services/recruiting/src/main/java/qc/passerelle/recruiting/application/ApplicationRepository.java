package qc.passerelle.recruiting.application;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

@Repository
public class ApplicationRepository implements InitializingBean {

    private final MongoTemplate mongo;

    ApplicationRepository(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterPropertiesSet() {
        // what real MongoDB needs for the lists and the funnel; commands go by _id only
        mongo.indexOps(Application.COLLECTION).createIndex(new Index("jobOfferId", Sort.Direction.ASC).on("score.total", Sort.Direction.DESC));
        mongo.indexOps(Application.COLLECTION).createIndex(new Index("missionId", Sort.Direction.ASC));
        mongo.indexOps(Application.COLLECTION).createIndex(new Index("employerId", Sort.Direction.ASC));
    }

    public Optional<Application> findById(String id) {
        return Optional.ofNullable(mongo.findById(id, Application.class, Application.COLLECTION));
    }

    /**
     * A candidate's applications, from the ids their profile keeps. The scope was applied to that profile (the small
     * per-scope document) and the ids derive from the candidate's own id, so they can name no one else's: the read
     * goes by {@code _id} alone, which even the local wire server answers from its index.
     */
    public List<Application> findAllById(Collection<String> ids) {
        Query byIds = query(where("_id").in(ids)).with(Sort.by("appliedAt", "_id"));
        byIds.cursorBatchSize(Math.max(1, Math.min(ids.size(), 1000)));
        return mongo.find(byIds, Application.class, Application.COLLECTION);
    }
}
