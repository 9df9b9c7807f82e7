package qc.passerelle.francization.accesspoint;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.util.Optional;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Repository;
import qc.passerelle.messaging.outbox.CreateOnce;
import qc.passerelle.messaging.store.Exists;

/** The access points, by id, and the class that receives the workers of a region. */
@Repository
public class AccessPoints implements InitializingBean {

    private final MongoTemplate mongo;
    private final CreateOnce createOnce;
    private final Clock clock;
    private final RegionClasses regionClasses;

    AccessPoints(MongoTemplate mongo, CreateOnce createOnce, Clock clock) {
        this.mongo = mongo;
        this.createOnce = createOnce;
        this.clock = clock;
        this.regionClasses = new RegionClasses(mongo);
    }

    @Override
    public void afterPropertiesSet() {
        createOnce.createIndex(AccessPoint.COLLECTION);
        // what real MongoDB needs for the filtered lists; the local wire server keeps unique indexes only
        mongo.indexOps(AccessPoint.COLLECTION).createIndex(new Index("kind", Sort.Direction.ASC).on("name", Sort.Direction.ASC));
        mongo.indexOps(AccessPoint.COLLECTION).createIndex(new Index("country", Sort.Direction.ASC));
        OnlinePlatform.ensure(mongo, clock);
    }

    public Optional<AccessPoint> findById(String id) {
        return Optional.ofNullable(mongo.findById(id, AccessPoint.class, AccessPoint.COLLECTION));
    }

    public boolean exists(String id) {
        return Exists.in(mongo, query(where("_id").is(id)), AccessPoint.COLLECTION);
    }

    /** The first class declared in the region that still exists, if the region has one. */
    public Optional<AccessPoint> classIn(QuebecRegion region) {
        for (String id : regionClasses.of(region)) {
            Optional<AccessPoint> found = findById(id);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    RegionClasses regionClasses() {
        return regionClasses;
    }
}
