package qc.passerelle.francization.housing;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import qc.passerelle.contracts.MobilityEvent;
import qc.passerelle.contracts.agriworkers.HousingUnitRegistered;
import qc.passerelle.francization.accesspoint.QuebecRegion;
import qc.passerelle.messaging.consumer.BatchProjection;
import qc.passerelle.messaging.consumer.Delivered;
import qc.passerelle.messaging.consumer.ProjectionWrites;

/**
 * This service's own copy of the regions of the housing units that agricultural-workers registered: a worker's class
 * is found in the region of their unit without asking that service. Each unit's latest event wins, whatever the
 * order the events come in.
 */
@Repository
public class KnownHousingUnits implements BatchProjection {

    static final String COLLECTION = "housing_units";

    private final MongoTemplate mongo;

    KnownHousingUnits(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Set<Class<? extends MobilityEvent>> eventTypes() {
        return Set.of(HousingUnitRegistered.class);
    }

    @Override
    public void apply(List<Delivered<?>> events) {
        ProjectionWrites writes = ProjectionWrites.on(mongo, COLLECTION);
        for (Delivered<?> delivered : events) {
            HousingUnitRegistered unit = (HousingUnitRegistered) delivered.event();
            // the region as published is kept too: a region this service does not know still shows what was meant
            writes.ifNewer(unit.housingUnitId(), delivered.sequence(), new Update()
                    .set("employerId", unit.employerId())
                    .set("regionAsPublished", unit.region())
                    .set("region", QuebecRegion.fromText(unit.region()).map(Enum::name).orElse(null)));
        }
        writes.execute();
    }

    /** The unit's region, when its registration has reached us and names a region of Quebec. */
    public Optional<QuebecRegion> regionOf(String housingUnitId) {
        if (housingUnitId == null) {
            return Optional.empty();
        }
        Document unit = mongo.findById(housingUnitId, Document.class, COLLECTION);
        return Optional.ofNullable(unit).map(u -> u.getString("region")).map(QuebecRegion::valueOf);
    }
}
