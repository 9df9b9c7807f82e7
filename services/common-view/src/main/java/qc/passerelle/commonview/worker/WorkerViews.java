package qc.passerelle.commonview.worker;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import qc.passerelle.web.PageRequest;

@Repository
public class WorkerViews implements InitializingBean {

    static final String COLLECTION = "worker_views";

    private final MongoTemplate mongo;

    WorkerViews(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterPropertiesSet() {
        mongo.indexOps(COLLECTION).createIndex(new Index("citizenship", Sort.Direction.ASC)
                .on("familyName", Sort.Direction.ASC).on("givenName", Sort.Direction.ASC));
    }

    public List<WorkerView> ofNationals(String country, PageRequest page) {
        Query q = query(where("citizenship").is(country))
                .with(Sort.by("familyName", "givenName", "_id"))
                .skip(page.offset()).limit(page.size());
        q.cursorBatchSize(page.size());
        return mongo.find(q, WorkerView.class, COLLECTION);
    }

    public long countNationals(String country) {
        return mongo.count(query(where("citizenship").is(country)), COLLECTION);
    }
}
