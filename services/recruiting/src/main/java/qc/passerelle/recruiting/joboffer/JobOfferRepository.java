package qc.passerelle.recruiting.joboffer;

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
import qc.passerelle.messaging.outbox.CreateOnce;

@Repository
public class JobOfferRepository implements InitializingBean {

    private final MongoTemplate mongo;
    private final CreateOnce createOnce;

    JobOfferRepository(MongoTemplate mongo, CreateOnce createOnce) {
        this.mongo = mongo;
        this.createOnce = createOnce;
    }

    @Override
    public void afterPropertiesSet() {
        createOnce.createIndex(JobOffer.COLLECTION);
        // for real MongoDB's scoped lists; the local wire server keeps unique indexes only
        mongo.indexOps(JobOffer.COLLECTION).createIndex(new Index("employerId", Sort.Direction.ASC).on("status", Sort.Direction.ASC));
    }

    public Optional<JobOffer> findById(String id) {
        return Optional.ofNullable(mongo.findById(id, JobOffer.class, JobOffer.COLLECTION));
    }

    /** By id only: the reads of a page or a mission's offers never scan the collection. */
    public List<JobOffer> findAllById(Collection<String> ids) {
        Query byIds = query(where("_id").in(ids));
        byIds.cursorBatchSize(Math.max(1, Math.min(ids.size(), 1000)));
        return mongo.find(byIds, JobOffer.class, JobOffer.COLLECTION);
    }
}
